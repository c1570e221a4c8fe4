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
