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

class RefundedQuantityExceedsPurchaseRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new RefundedQuantityExceedsPurchaseRule(), recording);
    }

    @Test
    void moreUnitsThanBoughtInOneRefundIsReported() {
        List<Found> found = run(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 30, items: [{item_id: 'SKU1', quantity: 3}]")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(2, "/ecommerce/items/0"));
        assertThat(found.get(0).message()).isEqualTo("refunding 3 × SKU1 exceeds the 2 bought in purchase T1 (push 0)");
    }

    @Test
    void unitsAddUpAcrossRefunds() {
        List<Found> found = run(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]"))
                .push(CLEAR)
                .push(refund("value: 20, items: [{item_id: 'SKU1', quantity: 2}]")));

        assertThat(found)
                .extracting(Found::push, Found::message)
                .containsExactly(tuple(
                        4,
                        "refunding 2 × SKU1 (1 already refunded) exceeds the 2 bought in purchase T1" + " (push 0)"));
    }

    @Test
    void unitsAddUpWithinOneRefund() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(
                                "value: 30, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU1', quantity: 2}]"))))
                .extracting(Found::pointer)
                .containsExactly("/ecommerce/items/1");
    }

    @Test
    void quantityDefaultsToOne() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))))
                .extracting(Found::push)
                .containsExactly(4);
    }

    @Test
    void unitsWithinWhatWasBoughtAreClean() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]"))
                        .push(CLEAR)
                        .push(refund("value: 40, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU2'}]"))))
                .isEmpty();
    }

    @Test
    void fullRefundWithoutItemsRefundsEveryUnit() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(""))
                        .push(CLEAR)
                        .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]"))))
                .extracting(Found::push, Found::message)
                .containsExactly(tuple(
                        4,
                        "refunding 1 × SKU1 (2 already refunded) exceeds the 2 bought in purchase T1" + " (push 0)"));
    }
}
