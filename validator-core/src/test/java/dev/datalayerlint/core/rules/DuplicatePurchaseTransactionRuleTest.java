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

class DuplicatePurchaseTransactionRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new DuplicatePurchaseTransactionRule(), recording);
    }

    @Test
    void secondPurchaseOfATransactionIsReported() {
        List<Found> found = run(recording().push(PURCHASE_T1).push(CLEAR).push(PURCHASE_T1));

        assertThat(found)
                .extracting(Found::push, Found::pointer)
                .containsExactly(tuple(2, "/ecommerce/transaction_id"));
        assertThat(found.get(0).message())
                .isEqualTo("purchase T1 was already sent by push 0 (t.json:1:1); GA4 keeps one purchase per"
                        + " transaction_id and drops this one");
    }

    @Test
    void differentTransactionsAreClean() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(PURCHASE_T1.replace("'T1'", "'T2'"))))
                .isEmpty();
    }

    @Test
    void refundsOfTheTransactionAreNotPurchases() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund(""))))
                .isEmpty();
    }

    @Test
    void gtagPurchaseCountsToo() {
        assertThat(run(recording().push(PURCHASE_T1).gtag("['event', 'purchase', {transaction_id: 'T1', value: 50}]")))
                .extracting(Found::push, Found::pointer)
                .containsExactly(tuple(1, "/2/transaction_id"));
    }
}
