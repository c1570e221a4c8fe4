package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateFullRefundRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new DuplicateFullRefundRule());

    @Test
    void secondFullRefundIsReported() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund(""))
                        .push(CLEAR)
                        .push(refund("")),
                expect("/ecommerce/transaction_id")
                        .atPush(4)
                        .withMessage("purchase T1 was already refunded in full by push 2; this second full refund is"
                                + " counted again"));
    }

    @Test
    void partialThenFullRefundIsClean() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                .push(CLEAR)
                .push(refund("")));
    }

    @Test
    void partialRefundsThatCompleteThePurchaseCountAsTheFullRefund() {
        RULE.invalid(
                recording()
                        .push(PURCHASE_T1)
                        .push(CLEAR)
                        .push(refund("value: 30, items: [{item_id: 'SKU2'}]"))
                        .push(CLEAR)
                        .push(refund("value: 20, items: [{item_id: 'SKU1', quantity: 2}]"))
                        .push(CLEAR)
                        .push(refund("")),
                anyFinding()
                        .atPush(6)
                        .withMessage("purchase T1 was already refunded in full by push 4; this second full refund is"
                                + " counted again"));
    }

    @Test
    void fullRefundsOfATransactionNotInTheRecordingAreClean() {
        RULE.valid(recording().push(refund("")).push(CLEAR).push(refund("")));
    }
}
