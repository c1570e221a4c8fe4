package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.function.Consumer;

/**
 * A full refund (no {@code value}, or nothing left to refund) of a transaction that an earlier refund already
 * refunded in full: usually a refund event fired twice (a page reload, a retried request).
 */
public final class DuplicateFullRefundRule extends RefundRule {

    public DuplicateFullRefundRule() {
        super(new RuleDescriptor(
                "refund.duplicate-full",
                "A transaction is fully refunded again after an earlier refund already refunded all of it",
                Severity.WARNING));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        if (refund.full() && refund.fullyRefundedBefore() >= 0) {
            report.accept(new Violation(
                    refund.event().pointer("transaction_id"),
                    "purchase " + refund.purchase().transactionId() + " was already refunded in full by push "
                            + refund.fullyRefundedBefore() + "; this second full refund is counted again"));
        }
    }
}
