package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class PartialRefundWithoutItemsRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new PartialRefundWithoutItemsRule());

    @Test
    void partialRefundWithoutItemsIsReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD', value: 20.00")),
                expect("/ecommerce/items")
                        .atPush(2)
                        .withMessage("refund of 20.00 USD is partial (50.00 USD of purchase T1 remains) but sends no"
                                + " items: GA4 needs the refunded items for a partial refund"));
    }

    @Test
    void partialRefundWithItemsIsClean() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 20.00, items: [{item_id: 'SKU1', price: 10.00, quantity: 2}]")));
    }

    @Test
    void fullRefundsNeedNoItems() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("")))
                .valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 50")));
    }

    @Test
    void refundOfExactlyWhatRemainsIsFull() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                .push(CLEAR)
                .push(refund("value: 20")));
    }

    @Test
    void emptyItemsArrayCountsAsNoItems() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(CLEAR).push(refund("value: 20, items: []")),
                expect("/ecommerce/items"));
    }

    @Test
    void purchaseWithoutValueOrUnknownTransactionIsNotJudged() {
        String noValue = "{event: 'purchase', ecommerce: {transaction_id: 'T1'}}";
        RULE.valid(recording().push(noValue).push(CLEAR).push(refund("value: 20")))
                .valid(recording().push(refund("value: 20")));
    }
}
