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

class MissingEcommerceClearRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new MissingEcommerceClearRule(), recording);
    }

    @Test
    void ecommercePushStraightAfterAnotherIsReported() {
        List<Found> found = run(recording().push(PURCHASE_T1).push(refund("")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(1, "/ecommerce"));
        assertThat(found.get(0).message())
                .isEqualTo("refund is pushed without a dataLayer.push({ecommerce: null}) before it: GTM merges its"
                        + " ecommerce into the ecommerce left by push 0 (purchase) still in the data model");
    }

    @Test
    void clearInBetweenIsClean() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund(""))))
                .isEmpty();
    }

    @Test
    void clearWithUndefinedIsClean() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push("{ecommerce: '<undefined>'}")
                        .push(refund(""))))
                .isEmpty();
    }

    @Test
    void firstEcommercePushOnAnEmptyModelNeedsNoClear() {
        assertThat(run(recording().push("{event: 'page_view', page: '/'}").push(PURCHASE_T1)))
                .isEmpty();
    }

    @Test
    void firstEcommercePushNeedsAClearWhenTheModelAlreadyHoldsEcommerce() {
        List<Found> found =
                run(recording().push("{ecommerce: {currency: 'USD'}}").push(PURCHASE_T1));

        assertThat(found).extracting(Found::push).containsExactly(1);
        assertThat(found.get(0).message()).contains("left by push 0 still in the data model");
    }

    @Test
    void pushesWithoutEcommerceDoNotClear() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push("{event: 'page_view'}")
                        .push(refund(""))))
                .extracting(Found::push)
                .containsExactly(2);
    }

    @Test
    void pushLevelClearFlagReplacesAndNeedsNoClear() {
        assertThat(run(recording()
                        .push(PURCHASE_T1)
                        .push("{_clear: true, event: 'refund', ecommerce: {transaction_id: 'T1'}}")))
                .isEmpty();
    }

    @Test
    void gtagEventsDoNotUseTheModelAndNeedNoClear() {
        assertThat(run(recording().push(PURCHASE_T1).gtag("['event', 'refund', {transaction_id: 'T1'}]")))
                .isEmpty();
    }
}
