package dev.datalayerlint.testkit;

import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.contract.SchemaRules;
import dev.datalayerlint.core.rules.MissingEcommerceClearRule;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test kit itself: it passes what the linter reports and fails, saying why, on everything else. */
class RuleTesterTest {

    private static final String LOWER_CASE_CURRENCY =
            "[{\"event\": \"refund\", \"ecommerce\": {\"transaction_id\": \"T1\", \"currency\": \"usd\", \"value\": 7.77}}]";

    private static final RuleTester PATTERN = RuleTester.forRule(SchemaRules.PATTERN);

    @Test
    void aContractRuleIsTestedOnAJsonRecordingThroughTheShippedProfile() {
        PATTERN.valid(LOWER_CASE_CURRENCY.replace("usd", "USD"))
                .invalid(
                        LOWER_CASE_CURRENCY,
                        expect("/ecommerce/currency", "3-letter upper-case ISO 4217")
                                .atPush(0));
    }

    @Test
    void scriptsAndNdjsonGoThroughTheirReaders() {
        PATTERN.invalid(
                        Recording.script("dataLayer.push({event: 'refund', ecommerce: {transaction_id: 'T1',"
                                + " currency: 'usd', value: 7.77}});"),
                        expect("/ecommerce/currency"))
                .invalid(
                        Recording.ndjson(LOWER_CASE_CURRENCY.substring(1, LOWER_CASE_CURRENCY.length() - 1) + "\n"),
                        expect("/ecommerce/currency"));
    }

    @Test
    void findingsOfOtherRulesAreNotTheTestsBusiness() {
        // 7.777 also breaks money.decimals; the tester of schema.pattern sees only its own finding.
        assertThat(PATTERN.findings(Recording.json(LOWER_CASE_CURRENCY.replace("7.77", "7.777"))))
                .extracting(f -> f.ruleId())
                .containsExactly(SchemaRules.PATTERN.id());
    }

    @Test
    void theProfileDecidesSeverityAndWhetherTheRuleRuns() {
        RuleTester downgraded = PATTERN.withProfile(LintProfile.builder()
                .rules(new RuleConfig(Map.of(SchemaRules.PATTERN.id(), Severity.INFO), Set.of()))
                .build());
        assertThat(downgraded.findings(Recording.json(LOWER_CASE_CURRENCY)))
                .extracting(f -> f.severity())
                .containsExactly(Severity.INFO);
        PATTERN.withProfile(LintProfile.builder()
                        .rules(new RuleConfig(Map.of(), Set.of(SchemaRules.PATTERN.id())))
                        .build())
                .valid(LOWER_CASE_CURRENCY);
    }

    @Test
    void aValidCaseWithAFindingFailsListingIt() {
        assertThatThrownBy(() -> PATTERN.valid(LOWER_CASE_CURRENCY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected no finding of schema.pattern, got:")
                .hasMessageContaining("/ecommerce/currency");
    }

    @Test
    void anInvalidCaseFailsOnAnotherPointerPushMessageOrCount() {
        assertThatThrownBy(() -> PATTERN.invalid(LOWER_CASE_CURRENCY, expect("/ecommerce/value")))
                .hasMessageContaining("pointer '/ecommerce/currency' is not '/ecommerce/value'");
        assertThatThrownBy(
                        () -> PATTERN.invalid(LOWER_CASE_CURRENCY, anyFinding().atPush(3)))
                .hasMessageContaining("push 0 is not 3");
        assertThatThrownBy(
                        () -> PATTERN.invalid(LOWER_CASE_CURRENCY, anyFinding().withMessage("nope")))
                .hasMessageContaining("message is not \"nope\"");
        assertThatThrownBy(
                        () -> PATTERN.invalid(LOWER_CASE_CURRENCY, anyFinding().withMessageStartingWith("nope")))
                .hasMessageContaining("message does not start with \"nope\"");
        assertThatThrownBy(() -> PATTERN.invalid(LOWER_CASE_CURRENCY, anyFinding(), anyFinding()))
                .hasMessageContaining("expected 2 finding(s) of schema.pattern, got 1");
    }

    @Test
    void aCaseThatCannotBeReadNeverPassesAsValid() {
        assertThatThrownBy(() -> PATTERN.valid("[{\"event\": \"refund\",]"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("could not be read as written")
                .hasMessageContaining("input.syntax");
    }

    @Test
    void aRuleTheCatalogDoesNotHoldIsRefused() {
        Rule unregistered = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return new RuleDescriptor("ecommerce.not-registered", "never registered", Severity.ERROR);
            }

            @Override
            public RecordingCheck start() {
                return (context, report) -> {};
            }
        };
        assertThatThrownBy(() -> RuleTester.forRule(unregistered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the rule catalog");
        Rule impostor = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return new MissingEcommerceClearRule().descriptor();
            }

            @Override
            public RecordingCheck start() {
                return (context, report) -> {};
            }
        };
        assertThatThrownBy(() -> RuleTester.forRules(List.of(impostor)))
                .hasMessageContaining("register it in RecordingRules");
    }
}
