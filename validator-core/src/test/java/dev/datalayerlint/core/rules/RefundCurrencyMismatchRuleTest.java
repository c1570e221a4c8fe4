package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class RefundCurrencyMismatchRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new RefundCurrencyMismatchRule());

    @Test
    void refundInAnotherCurrencyIsReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'EUR'")),
                expect("/ecommerce/currency")
                        .atPush(2)
                        .withMessage("refund currency EUR differs from USD, the currency of purchase T1 (push 0)"));
    }

    @Test
    void sameCurrencyOrNoneIsClean() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD'")))
                .valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("")));
    }

    @Test
    void refundOfATransactionNotInTheRecordingIsClean() {
        RULE.valid(recording().push(refund("currency: 'EUR'")));
    }

    @Test
    void gtagRefundPointsAtItsParameters() {
        RULE.invalid(
                recording().push(PURCHASE_T1).gtag("['event', 'refund', {transaction_id: 'T1', currency: 'GBP'}]"),
                expect("/2/currency"));
    }
}
