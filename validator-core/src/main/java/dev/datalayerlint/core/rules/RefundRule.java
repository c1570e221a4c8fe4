package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;
import java.util.function.Consumer;

/**
 * A rule that weighs each refund against the purchase of the same {@code transaction_id} earlier in the recording.
 * Refunds of transactions the recording does not contain are never judged.
 */
abstract class RefundRule extends DescribedRule {

    RefundRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final RecordingCheck start() {
        return (context, report) -> {
            PurchaseLedger ledger = context.state().fact(PurchaseLedger.class, PurchaseLedger::new);
            PurchaseLedger.Refund refund = ledger.accept(context.push());
            if (refund != null) {
                check(refund, report);
            }
        };
    }

    /** Judges one refund; figures in {@code refund} are as they stood before it. */
    abstract void check(PurchaseLedger.Refund refund, Consumer<Violation> report);
}
