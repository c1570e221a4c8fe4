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

class PartialRefundWithoutItemsRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new PartialRefundWithoutItemsRule(), recording);
    }

    @Test
    void partialRefundWithoutItemsIsReported() {
        List<Found> found =
                run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD', value: 20.00")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(2, "/ecommerce/items"));
        assertThat(found.get(0).message())
                .isEqualTo("refund of 20.00 USD is partial (50.00 USD of purchase T1 remains) but sends no items:"
                        + " GA4 needs the refunded items for a partial refund");
    }

    @Test
    void partialRefundWithItemsIsClean() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 20.00, items: [{item_id: 'SKU1', price: 10.00, quantity: 2}]"))))
                .isEmpty();
    }

    @Test
    void fullRefundsNeedNoItems() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund(""))))
                .isEmpty();
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 50"))))
                .isEmpty();
    }

    @Test
    void refundOfExactlyWhatRemainsIsFull() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund("value: 20"))))
                .isEmpty();
    }

    @Test
    void emptyItemsArrayCountsAsNoItems() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 20, items: []"))))
                .extracting(Found::pointer)
                .containsExactly("/ecommerce/items");
    }

    @Test
    void purchaseWithoutValueOrUnknownTransactionIsNotJudged() {
        String noValue = "{event: 'purchase', ecommerce: {transaction_id: 'T1'}}";
        assertThat(run(recording().push(noValue).push(CLEAR).push(refund("value: 20"))))
                .isEmpty();
        assertThat(run(recording().push(refund("value: 20")))).isEmpty();
    }
}
