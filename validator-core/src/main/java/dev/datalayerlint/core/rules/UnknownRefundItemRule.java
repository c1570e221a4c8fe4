package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A refunded item that the purchase did not contain: matched by {@code item_id} when the refunded item has one, else
 * by {@code item_name}. Not judged when the purchase listed no items.
 */
public final class UnknownRefundItemRule extends RefundRule {

    private static final int LISTED = 5;

    public UnknownRefundItemRule() {
        super(new RuleDescriptor(
                "refund.unknown-item", "A refunded item is not among the items of the purchase", Severity.ERROR));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        List<PurchaseLedger.Line> lines = refund.purchase().lines();
        if (lines.isEmpty()) {
            return;
        }
        String bought =
                lines.stream().limit(LISTED).map(PurchaseLedger.Line::label).collect(Collectors.joining(", "))
                        + (lines.size() > LISTED ? ", …" : "");
        for (PurchaseLedger.RefundItem item : refund.items()) {
            if (item.line() == null) {
                report.accept(new Violation(
                        refund.event().pointer("items", item.index()),
                        "refunded " + item.describe() + " is not in "
                                + refund.purchase().describe() + ", which bought " + bought));
            }
        }
    }
}
