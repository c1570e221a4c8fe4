package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Violation;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code purchase} whose {@code transaction_id} was already sent earlier in the recording. GA4 deduplicates
 * purchases by transaction ID, so the repeat is dropped: usually a confirmation page reloaded or a tag fired twice.
 */
public final class DuplicatePurchaseTransactionRule extends DescribedRule {

    public DuplicatePurchaseTransactionRule() {
        super(new RuleDescriptor(
                "purchase.duplicate-transaction",
                "A purchase repeats a transaction_id already sent in the recording",
                Severity.WARNING));
    }

    @Override
    public RecordingCheck start() {
        // Where each transaction was first sent; not the push itself, whose payload is large.
        Map<String, Seen> first = new HashMap<>();
        return (context, report) -> {
            EcommerceEvent event = EcommerceEvent.of(context.push());
            if (event == null || !event.is("purchase") || event.transactionId() == null) {
                return;
            }
            Push push = context.push();
            Seen earlier = first.putIfAbsent(event.transactionId(), new Seen(push.index(), push.location()));
            if (earlier != null) {
                report.accept(new Violation(
                        event.pointer("transaction_id"),
                        "purchase " + event.transactionId() + " was already sent by push " + earlier
                                + "; GA4 keeps one purchase per transaction_id and drops" + " this one"));
            }
        };
    }

    /** Where a transaction was first sent; prints as {@code 0 (checkout.js:12:11)}. */
    private record Seen(int index, SourceLocation location) {
        @Override
        public String toString() {
            return index + " (" + location + ")";
        }
    }
}
