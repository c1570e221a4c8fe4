package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.function.Consumer;

/**
 * A GA4 ecommerce event that has {@code value} in its parameter table but was sent without one. GA4's reference
 * ("Recommended events") says on each of them: "value is typically required for meaningful reporting. If you mark
 * the event as a key event then it's recommended you set value." It is advice, not a rejection, hence info.
 * {@code refund} is left to its contract, which requires {@code value} (the project's refund tagging spec).
 */
public final class MissingValueRule extends Ga4EventRule {

    public MissingValueRule() {
        super(new RuleDescriptor(
                "ecommerce.missing-value", "An ecommerce event that GA4 reports by value has no value", Severity.INFO));
    }

    @Override
    void check(EcommerceEvent event, Consumer<Violation> report) {
        if (event.is("refund")
                || !Ga4Vocabulary.EVENTS_WITH_VALUE.contains(event.name())
                || event.params().has("value")) {
            return;
        }
        report.accept(new Violation(
                event.pointer("value"),
                "value is missing on " + event.name() + ": GA4 says \"value is typically required for meaningful"
                        + " reporting\" (the sum of price × quantity of the items, without shipping and tax)"));
    }
}
