package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicatePurchaseTransactionRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new DuplicatePurchaseTransactionRule());

    @Test
    void secondPurchaseOfATransactionIsReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(CLEAR).push(PURCHASE_T1),
                expect("/ecommerce/transaction_id")
                        .atPush(2)
                        .withMessage("purchase T1 was already sent by push 0 (t.json:1:1); GA4 keeps one purchase per"
                                + " transaction_id and drops this one"));
    }

    @Test
    void differentTransactionsAreClean() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(PURCHASE_T1.replace("'T1'", "'T2'")));
    }

    @Test
    void refundsOfTheTransactionAreNotPurchases() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("")));
    }

    @Test
    void gtagPurchaseCountsToo() {
        RULE.invalid(
                recording().push(PURCHASE_T1).gtag("['event', 'purchase', {transaction_id: 'T1', value: 50}]"),
                expect("/2/transaction_id").atPush(1));
    }
}
