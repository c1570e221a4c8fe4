package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * More units of an item refunded, across the refunds of a transaction, than its purchase bought ({@code quantity}
 * counts as 1 when absent, as in GA4). A full refund without items refunds every unit.
 */
public final class RefundedQuantityExceedsPurchaseRule extends RefundRule {

    public RefundedQuantityExceedsPurchaseRule() {
        super(new RuleDescriptor(
                "refund.item-quantity", "More units of an item are refunded than the purchase bought", Severity.ERROR));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        for (PurchaseLedger.RefundItem item : refund.items()) {
            PurchaseLedger.Line line = item.line();
            if (line == null || item.quantity() == null) {
                continue;
            }
            BigDecimal total = item.refundedBefore().add(item.quantity());
            if (total.compareTo(line.bought) > 0) {
                String earlier = item.refundedBefore().signum() == 0
                        ? ""
                        : " (" + Money.quantity(item.refundedBefore()) + " already refunded)";
                report.accept(new Violation(
                        refund.event().pointer("items", item.index()),
                        "refunding " + Money.quantity(item.quantity()) + " × " + line.label() + earlier
                                + " exceeds the " + Money.quantity(line.bought) + " bought in "
                                + refund.purchase().describe()));
            }
        }
    }
}
