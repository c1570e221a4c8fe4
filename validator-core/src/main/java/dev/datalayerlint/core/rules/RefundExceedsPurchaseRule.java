package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * A refund whose {@code value}, alone or added to the earlier refunds of the same transaction, goes above the value of
 * the purchase; or any refund of a value after the purchase was refunded in full.
 */
public final class RefundExceedsPurchaseRule extends RefundRule {

    public RefundExceedsPurchaseRule() {
        super(new RuleDescriptor(
                "refund.exceeds-purchase",
                "Refunds of a transaction add up to more than its purchase value",
                Severity.ERROR));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        BigDecimal value = refund.value();
        if (value == null || value.signum() <= 0 || refund.full() && refund.fullyRefundedBefore() >= 0) {
            return; // a repeated full refund is refund.duplicate-full's to report
        }
        PurchaseLedger.Purchase purchase = refund.purchase();
        String currency = refund.currency();
        String message = null;
        if (purchase.value() != null && refund.refundedBefore().add(value).compareTo(purchase.value()) > 0) {
            if (refund.refundedBefore().signum() == 0) {
                message = "refund value " + Money.format(value, currency) + " exceeds the value of "
                        + purchase.describe() + ", " + Money.format(purchase.value(), purchase.currency());
            } else {
                message = "refund value " + Money.format(value, currency) + " exceeds what remains of purchase "
                        + purchase.transactionId() + " (" + Money.format(purchase.value()) + " - "
                        + Money.format(refund.refundedBefore()) + " already refunded = "
                        + Money.format(refund.remainingBefore()) + ")";
            }
        } else if (purchase.value() == null && refund.fullyRefundedBefore() >= 0) {
            message = "refund value " + Money.format(value, currency) + " exceeds what remains of purchase "
                    + purchase.transactionId() + ": push " + refund.fullyRefundedBefore()
                    + " already refunded it in full";
        }
        if (message != null) {
            report.accept(new Violation(refund.event().pointer("value"), message));
        }
    }
}
