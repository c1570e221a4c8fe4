package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.function.Consumer;

/** A refund whose {@code currency} differs from that of the purchase it refunds. */
public final class RefundCurrencyMismatchRule extends RefundRule {

    public RefundCurrencyMismatchRule() {
        super(new RuleDescriptor(
                "refund.currency-mismatch",
                "A refund's currency differs from the currency of the purchase it refunds",
                Severity.ERROR));
    }

    @Override
    void check(PurchaseLedger.Refund refund, Consumer<Violation> report) {
        String currency = refund.event().currency();
        String purchased = refund.purchase().currency();
        if (currency != null && purchased != null && !currency.equalsIgnoreCase(purchased)) {
            report.accept(new Violation(
                    refund.event().pointer("currency"),
                    "refund currency " + currency + " differs from " + purchased + ", the currency of "
                            + refund.purchase().describe()));
        }
    }
}
