package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RuleHarness.CLEAR;
import static dev.datalayerlint.core.rules.RuleHarness.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RuleHarness.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.rules.RuleHarness.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundCurrencyMismatchRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new RefundCurrencyMismatchRule(), recording);
    }

    @Test
    void refundInAnotherCurrencyIsReported() {
        List<Found> found = run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'EUR'")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(2, "/ecommerce/currency"));
        assertThat(found.get(0).message())
                .isEqualTo("refund currency EUR differs from USD, the currency of purchase T1 (push 0)");
    }

    @Test
    void sameCurrencyOrNoneIsClean() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD'"))))
                .isEmpty();
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund(""))))
                .isEmpty();
    }

    @Test
    void refundOfATransactionNotInTheRecordingIsClean() {
        assertThat(run(recording().push(refund("currency: 'EUR'")))).isEmpty();
    }

    @Test
    void gtagRefundPointsAtItsParameters() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .gtag("['event', 'refund', {transaction_id: 'T1', currency: 'GBP'}]")))
                .extracting(Found::pointer)
                .containsExactly("/2/currency");
    }
}
