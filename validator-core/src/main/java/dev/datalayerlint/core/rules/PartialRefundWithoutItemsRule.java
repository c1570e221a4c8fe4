package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * A partial refund (a {@code value} below what remains of the purchase) that sends no {@code items}. GA4 treats a
 * refund without items as a refund of the whole transaction; a partial refund must list the refunded items.
 */
public final class PartialRefundWithoutItemsRule extends RefundRule {

    public PartialRefundWithoutItemsRule() {
        super(new RuleDescriptor(
                "refund.partial-needs-items", "A partial refund does not list the refunded items", Severity.ERROR));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        BigDecimal value = refund.value();
        BigDecimal remaining = refund.remainingBefore();
        if (value == null || remaining == null || remaining.signum() <= 0 || value.compareTo(remaining) >= 0) {
            return;
        }
        if (refund.event().hasItems()) {
            return;
        }
        String currency = refund.currency();
        report.accept(new Violation(
                refund.event().pointer("items"),
                "refund of " + Money.format(value, currency) + " is partial (" + Money.format(remaining, currency)
                        + " of purchase " + refund.purchase().transactionId()
                        + " remains) but sends no items: GA4 needs the refunded items for a partial refund"));
    }
}
