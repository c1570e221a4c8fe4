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

class UnknownRefundItemRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new UnknownRefundItemRule(), recording);
    }

    @Test
    void itemNotBoughtIsReportedAtItsIndex() {
        List<Found> found = run(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 40, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU9', quantity: 1}]")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(2, "/ecommerce/items/1"));
        assertThat(found.get(0).message())
                .isEqualTo("refunded item_id \"SKU9\" is not in purchase T1 (push 0), which bought SKU1, SKU2");
    }

    @Test
    void itemsOfThePurchaseAreClean() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 30, items: [{item_id: 'SKU2'}]"))))
                .isEmpty();
    }

    @Test
    void itemWithoutIdIsMatchedByName() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_name: 'Hat'}]"))))
                .isEmpty();
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_name: 'Scarf'}]"))))
                .extracting(Found::message)
                .containsExactly(
                        "refunded item_name \"Scarf\" is not in purchase T1 (push 0), which bought SKU1, SKU2");
    }

    @Test
    void purchaseWithoutItemsOrUnknownTransactionIsNotJudged() {
        String noItems = "{event: 'purchase', ecommerce: {transaction_id: 'T1', value: 50}}";
        assertThat(run(recording().push(noItems).push(CLEAR).push(refund("value: 5, items: [{item_id: 'X'}]"))))
                .isEmpty();
        assertThat(run(recording().push(refund("value: 5, items: [{item_id: 'X'}]"))))
                .isEmpty();
    }
}
