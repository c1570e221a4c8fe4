package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class RefundedQuantityExceedsPurchaseRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new RefundedQuantityExceedsPurchaseRule());

    @Test
    void moreUnitsThanBoughtInOneRefundIsReported() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU1', quantity: 3}]")),
                expect("/ecommerce/items/0")
                        .atPush(2)
                        .withMessage("refunding 3 × SKU1 exceeds the 2 bought in purchase T1 (push 0)"));
    }

    @Test
    void unitsAddUpAcrossRefunds() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]"))
                        .push(CLEAR)
                        .push(refund("value: 20, items: [{item_id: 'SKU1', quantity: 2}]")),
                anyFinding()
                        .atPush(4)
                        .withMessage(
                                "refunding 2 × SKU1 (1 already refunded) exceeds the 2 bought in purchase T1 (push 0)"));
    }

    @Test
    void unitsAddUpWithinOneRefund() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(
                                "value: 30, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU1', quantity: 2}]")),
                expect("/ecommerce/items/1"));
    }

    @Test
    void quantityDefaultsToOne() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]")),
                anyFinding().atPush(4));
    }

    @Test
    void unitsWithinWhatWasBoughtAreClean() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]"))
                .push(CLEAR)
                .push(refund("value: 40, items: [{item_id: 'SKU1', quantity: 1}, {item_id: 'SKU2'}]")));
    }

    @Test
    void fullRefundWithoutItemsRefundsEveryUnit() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(""))
                        .push(CLEAR)
                        .push(refund("value: 10, items: [{item_id: 'SKU1', quantity: 1}]")),
                anyFinding()
                        .atPush(4)
                        .withMessage(
                                "refunding 1 × SKU1 (2 already refunded) exceeds the 2 bought in purchase T1 (push 0)"));
    }
}
