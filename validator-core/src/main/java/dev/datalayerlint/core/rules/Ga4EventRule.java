package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;
import java.util.function.Consumer;

/**
 * A rule that looks at one GA4 ecommerce event at a time ({@link Ga4Vocabulary#ECOMMERCE_EVENTS}, as a
 * {@code {event, ecommerce}} push or a {@code gtag('event', …)} call) and keeps nothing between pushes: GA4's own
 * limits and vocabulary, which a custom event is not bound by.
 */
abstract class Ga4EventRule extends DescribedRule {

    Ga4EventRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final RecordingCheck start() {
        return (context, report) -> {
            EcommerceEvent event = EcommerceEvent.of(context.push());
            if (event != null && Ga4Vocabulary.ECOMMERCE_EVENTS.contains(event.name())) {
                check(event, report);
            }
        };
    }

    /** Checks one GA4 ecommerce event. */
    abstract void check(EcommerceEvent event, Consumer<Violation> report);
}
