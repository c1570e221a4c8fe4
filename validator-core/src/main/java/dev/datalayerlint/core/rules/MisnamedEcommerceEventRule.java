package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.Map;

/**
 * An event name that is almost a GA4 ecommerce event: the same letters in another case or with other separators
 * ({@code Purchase}, {@code add-to-cart}, {@code addToCart}), or a name pages commonly use for one
 * ({@code add_to_basket}, {@code checkout}, {@code transaction}). GA4 event names are case-sensitive ("Event names
 * are case sensitive", developers.google.com/analytics/devguides/collection/ga4/event-parameters), so such a push is
 * a custom event: no contract checks it and GA4's ecommerce reports never see its revenue.
 */
public final class MisnamedEcommerceEventRule extends DescribedRule {

    /** Names seen on real pages for GA4 events (Universal Analytics and shop-platform habits), folded. */
    private static final Map<String, String> KNOWN_WRONG = Map.of(
            "addtobasket", "add_to_cart",
            "addtobag", "add_to_cart",
            "removefrombasket", "remove_from_cart",
            "viewbasket", "view_cart",
            "checkout", "begin_checkout",
            "transaction", "purchase",
            "productclick", "select_item",
            "promotionclick", "select_promotion");

    private static final NearMiss.Names ECOMMERCE_EVENTS = new NearMiss.Names(Ga4Vocabulary.ECOMMERCE_EVENTS);

    public MisnamedEcommerceEventRule() {
        super(new RuleDescriptor(
                "event.misnamed",
                "An event name is almost a GA4 ecommerce event (another case, separator or a common wrong name)",
                Severity.ERROR));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> {
            Push push = context.push();
            String name = push.eventName();
            if (name == null || Ga4Vocabulary.ECOMMERCE_EVENTS.contains(name)) {
                return;
            }
            String folded = NearMiss.folded(name);
            String meant = ECOMMERCE_EVENTS.withFolded(folded);
            if (meant == null) {
                meant = KNOWN_WRONG.get(folded);
            }
            if (meant != null) {
                report.accept(new Violation(
                        push.kind() == PushKind.GTAG ? "/1" : "/event",
                        "event \"" + name + "\" is not a GA4 ecommerce event: GA4 event names are case-sensitive,"
                                + " so it is a custom event and its ecommerce data is lost; did you mean \"" + meant
                                + "\"?"));
            }
        };
    }
}
