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

class DuplicateFullRefundRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new DuplicateFullRefundRule(), recording);
    }

    @Test
    void secondFullRefundIsReported() {
        List<Found> found = run(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund(""))
                .push(CLEAR)
                .push(refund("")));

        assertThat(found)
                .extracting(Found::push, Found::pointer)
                .containsExactly(tuple(4, "/ecommerce/transaction_id"));
        assertThat(found.get(0).message())
                .isEqualTo("purchase T1 was already refunded in full by push 2; this second full refund is counted"
                        + " again");
    }

    @Test
    void partialThenFullRefundIsClean() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund(""))))
                .isEmpty();
    }

    @Test
    void partialRefundsThatCompleteThePurchaseCountAsTheFullRefund() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund("value: 20, items: [{item_id: 'SKU1', quantity: 2}]"))
                        .push(CLEAR)
                        .push(refund(""))))
                .extracting(Found::push, Found::message)
                .containsExactly(
                        tuple(
                                6,
                                "purchase T1 was already refunded in full by push 4; this second full refund is counted again"));
    }

    @Test
    void fullRefundsOfATransactionNotInTheRecordingAreClean() {
        assertThat(run(recording().push(refund("")).push(CLEAR).push(refund(""))))
                .isEmpty();
    }
}
