package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class UnknownRefundItemRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new UnknownRefundItemRule());

    @Test
    void itemNotBoughtIsReportedAtItsIndex() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(
                                "value: 40, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU9', quantity: 1}]")),
                expect("/ecommerce/items/1")
                        .atPush(2)
                        .withMessage(
                                "refunded item_id \"SKU9\" is not in purchase T1 (push 0), which bought SKU1, SKU2"));
    }

    @Test
    void itemsOfThePurchaseAreClean() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 30, items: [{item_id: 'SKU2'}]")));
    }

    @Test
    void itemWithoutIdIsMatchedByName() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 30, items: [{item_name: 'Hat'}]")))
                .invalid(
                        recording()
                                .push(PURCHASE_T1)
                                .push(CLEAR)
                                .push(refund("value: 30, items: [{item_name: 'Scarf'}]")),
                        anyFinding()
                                .withMessage("refunded item_name \"Scarf\" is not in purchase T1 (push 0), which bought"
                                        + " SKU1, SKU2"));
    }

    @Test
    void purchaseWithoutItemsOrUnknownTransactionIsNotJudged() {
        String noItems = "{event: 'purchase', ecommerce: {transaction_id: 'T1', value: 50}}";
        RULE.valid(recording().push(noItems).push(CLEAR).push(refund("value: 5, items: [{item_id: 'X'}]")))
                .valid(recording().push(refund("value: 5, items: [{item_id: 'X'}]")));
    }
}
