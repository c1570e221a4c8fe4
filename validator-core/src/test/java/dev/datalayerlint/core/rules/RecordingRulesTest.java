package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.testkit.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The required scenarios, run through every recording rule at once, and the rule list itself. */
class RecordingRulesTest {

    private static final Map<String, Severity> SEVERITY = RecordingRules.all().stream()
            .map(Rule::descriptor)
            .collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::defaultSeverity));

    private static final RuleTester ALL = RuleTester.forRules(RecordingRules.all());

    private static List<Finding> runAll(TestPushes recording) {
        return ALL.findings(recording);
    }

    private static int push(Finding finding) {
        return finding.pushIndex().orElseThrow();
    }

    @Test
    void partialRefundWithoutItemsAfterACleanPurchase() {
        List<Finding> found =
                runAll(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD', value: 20.00")));

        assertThat(found)
                .extracting(Finding::ruleId, RecordingRulesTest::push, Finding::pointer)
                .containsExactly(tuple("refund.partial-needs-items", 2, "/ecommerce/items"));
    }

    @Test
    void twoRefundsOfThirtyAgainstAPurchaseOfFifty() {
        List<Finding> found = runAll(recording()
                .push(PURCHASE_T1)
                .push(CLEAR)
                .push(refund("currency: 'USD', value: 30.00, items: [{item_id: 'SKU2', price: 30.00, quantity: 1}]"))
                .push(CLEAR)
                .push(refund("currency: 'USD', value: 30.00, items: [{item_id: 'SKU1', price: 15.00, quantity: 2}]")));

        assertThat(found)
                .extracting(Finding::ruleId, RecordingRulesTest::push, Finding::pointer)
                .containsExactly(tuple("refund.exceeds-purchase", 4, "/ecommerce/value"));
    }

    @Test
    void fullRefundStraightAfterThePurchaseWarnsAndDoesNotErr() {
        List<Finding> found = runAll(recording().push(PURCHASE_T1).push(refund("")));

        assertThat(found)
                .extracting(Finding::ruleId, Finding::pointer)
                .contains(
                        tuple("ecommerce.missing-clear", "/ecommerce"),
                        tuple("ecommerce.stale-data", "/ecommerce/items"));
        assertThat(found).allSatisfy(f -> assertThat(SEVERITY.get(f.ruleId())).isEqualTo(Severity.WARNING));
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void loneFullRefundWithoutItsPurchaseIsClean() {
        assertThat(runAll(recording().push(CLEAR).push(refund("currency: 'USD'"))))
                .isEmpty();
        assertThat(runAll(recording().push(refund("")))).isEmpty();
    }

    @Test
    void ruleIdsAreUniqueShortDottedAndDocumented() {
        List<RuleDescriptor> descriptors =
                RecordingRules.all().stream().map(Rule::descriptor).toList();

        assertThat(descriptors).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
        assertThat(descriptors).allSatisfy(d -> {
            assertThat(d.id()).matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
            assertThat(d.summary()).isNotBlank();
            assertThat(Path.of("..").resolve(d.docsPath()))
                    .as(d.docsPath())
                    .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
        });
    }

    @Test
    void everyStartIsAFreshCheck() {
        RuleTester rule = RuleTester.forRule(new DuplicatePurchaseTransactionRule());
        TestPushes purchase = recording().push(PURCHASE_T1);

        rule.valid(purchase).valid(purchase);
    }
}
