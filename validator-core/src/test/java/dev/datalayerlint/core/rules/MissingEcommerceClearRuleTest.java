package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class MissingEcommerceClearRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new MissingEcommerceClearRule());

    @Test
    void ecommercePushStraightAfterAnotherIsReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(refund("")),
                expect("/ecommerce")
                        .atPush(1)
                        .withMessage("refund is pushed without a dataLayer.push({ecommerce: null}) before it: GTM"
                                + " merges its ecommerce into the ecommerce left by push 0 (purchase) still in the"
                                + " data model"));
    }

    @Test
    void clearInBetweenIsClean() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("")));
    }

    @Test
    void clearWithUndefinedIsClean() {
        RULE.valid(
                recording().push(PURCHASE_T1).push("{ecommerce: '<undefined>'}").push(refund("")));
    }

    @Test
    void firstEcommercePushOnAnEmptyModelNeedsNoClear() {
        RULE.valid(recording().push("{event: 'page_view', page: '/'}").push(PURCHASE_T1));
    }

    @Test
    void firstEcommercePushNeedsAClearWhenTheModelAlreadyHoldsEcommerce() {
        RULE.invalid(
                recording().push("{ecommerce: {currency: 'USD'}}").push(PURCHASE_T1),
                anyFinding().atPush(1).withMessageContaining("left by push 0 still in the data model"));
    }

    @Test
    void pushesWithoutEcommerceDoNotClear() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push("{event: 'page_view'}").push(refund("")),
                anyFinding().atPush(2));
    }

    @Test
    void pushLevelClearFlagReplacesAndNeedsNoClear() {
        RULE.valid(recording()
                .push(PURCHASE_T1)
                .push("{_clear: true, event: 'refund', ecommerce: {transaction_id: 'T1'}}"));
    }

    @Test
    void gtagEventsDoNotUseTheModelAndNeedNoClear() {
        RULE.valid(recording().push(PURCHASE_T1).gtag("['event', 'refund', {transaction_id: 'T1'}]"));
    }
}
