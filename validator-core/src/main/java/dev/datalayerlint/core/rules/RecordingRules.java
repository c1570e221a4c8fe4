package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Rule;
import java.util.List;

/**
 * The built-in rules that look across a whole recording: clears and stale data in GTM's data model, refunds against
 * purchases, money arithmetic, duplicate transactions. Rules are stateless; each {@link Rule#start()} gives a fresh
 * check per recording.
 */
public final class RecordingRules {

    private static final List<Rule> ALL = List.of(
            new MissingEcommerceClearRule(),
            new StaleEcommerceDataRule(),
            new EcommerceValueMismatchRule(),
            new TooManyCustomItemParametersRule(),
            new MisnamedEcommerceEventRule(),
            new MisspelledParameterRule(),
            new PlaceholderValueRule(),
            new PlaceholderTextRule(),
            new MissingValueRule(),
            new DuplicatePurchaseTransactionRule(),
            new RefundCurrencyMismatchRule(),
            new RefundExceedsPurchaseRule(),
            new PartialRefundWithoutItemsRule(),
            new UnknownRefundItemRule(),
            new RefundedQuantityExceedsPurchaseRule(),
            new DuplicateFullRefundRule(),
            new HitPushMismatchRule());

    private RecordingRules() {}

    /** Every recording rule, in a stable order. */
    public static List<Rule> all() {
        return ALL;
    }
}
