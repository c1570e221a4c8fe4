package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class RefundExceedsPurchaseRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new RefundExceedsPurchaseRule());

    @Test
    void secondRefundGoingAboveThePurchaseIsReported() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("currency: 'USD', value: 30.00"))
                        .push(CLEAR)
                        .push(refund("currency: 'USD', value: 30.00")),
                expect("/ecommerce/value")
                        .atPush(4)
                        .withMessage("refund value 30.00 USD exceeds what remains of purchase T1 (50.00 - 30.00"
                                + " already refunded = 20.00)"));
    }

    @Test
    void earlierRefundsAreAddedAsDecimalsWithoutFloatNoise() {
        // In doubles 11.04 + 22.081 is 33.121000000000004 and 72.05 - that is 38.928999999999996.
        RULE.invalid(
                recording()
                        .push("{event: 'purchase', ecommerce: {transaction_id: 'T1', currency: 'USD', value: 72.05,"
                                + " items: [{item_id: 'A', price: 72.05}]}}")
                        .push(CLEAR)
                        .push(refund("currency: 'USD', value: 11.04, items: [{item_id: 'A', price: 11.04}]"))
                        .push(CLEAR)
                        .push(refund("currency: 'USD', value: 22.081, items: [{item_id: 'A', price: 22.081}]"))
                        .push(CLEAR)
                        .push(refund("currency: 'USD', value: 40, items: [{item_id: 'A', price: 40}]")),
                anyFinding()
                        .withMessage("refund value 40.00 USD exceeds what remains of purchase T1 (72.05 - 33.121"
                                + " already refunded = 38.929)"));
    }

    @Test
    void refundsAddingUpToThePurchaseAreClean() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 30.00"))
                .push(CLEAR)
                .push(refund("value: 20.00")));
    }

    @Test
    void singleRefundAboveThePurchaseIsReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD', value: 60")),
                anyFinding()
                        .withMessage("refund value 60.00 USD exceeds the value of purchase T1 (push 0), 50.00 USD"));
    }

    @Test
    void refundWithAValueAfterAFullRefundIsReported() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(""))
                        .push(CLEAR)
                        .push(refund("value: 5")),
                anyFinding()
                        .atPush(4)
                        .withMessage("refund value 5.00 USD exceeds what remains of purchase T1 (50.00 - 50.00 already"
                                + " refunded = 0.00)"));
    }

    @Test
    void purchaseWithoutValueIsOnlyJudgedAfterAFullRefund() {
        String noValue = "{event: 'purchase', ecommerce: {transaction_id: 'T1', items: [{item_id: 'A'}]}}";
        RULE.valid(recording().push(noValue).push(CLEAR).push(refund("value: 500")))
                .invalid(
                        recording()
                                .push(noValue)
                                .push(CLEAR)
                                .push(refund(""))
                                .push(CLEAR)
                                .push(refund("value: 5")),
                        anyFinding()
                                .withMessage("refund value 5.00 exceeds what remains of purchase T1: push 2 already"
                                        + " refunded it in full"));
    }

    @Test
    void refundOfATransactionNotInTheRecordingIsClean() {
        RULE.valid(recording().push(refund("value: 1000")));
    }

    @Test
    void gtagRefundsAreBookedAgainstObjectPurchases() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .gtag("['event', 'refund', {transaction_id: 'T1', value: 30}]")
                        .gtag("['event', 'refund', {transaction_id: 'T1', value: 30}]"),
                expect("/2/value").atPush(2));
    }
}
