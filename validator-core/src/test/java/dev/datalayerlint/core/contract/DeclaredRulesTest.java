package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.UsageException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project contract names the rule id of its own keywords with {@code x-rule} (docs/contracts.md). */
class DeclaredRulesTest {

    private static final String SIGNUP = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "x-datalayer": {"events": ["signup"], "target": ""},
             "type": "object",
             "properties": {"plan": {"enum": ["free", "pro"], "pattern": "^[a-z]+$",
                                     "x-rule": {"enum": "acme.plan"},
                                     "x-message": {"enum": "must be a plan we sell: free or pro"}}}}
            """;

    private static final String RECORDING = "[{\"event\": \"signup\", \"plan\": \"Gold\"}]";

    @Test
    void aKeywordIsReportedUnderTheRuleIdItsContractGivesIt() {
        LintProfile profile =
                LintProfile.builder().schema("acme/signup.json", SIGNUP).build();

        assertThat(profile.lint("r.json", RECORDING, RecordingFormat.JSON).findings())
                .extracting(f -> f.ruleId() + " " + f.severity().label() + " " + f.message())
                .containsExactlyInAnyOrder(
                        "acme.plan error plan \"Gold\" must be a plan we sell: free or pro",
                        "schema.pattern error plan \"Gold\" must match ^[a-z]+$");
    }

    @Test
    void aDeclaredRuleIsConfiguredLikeABuiltInOne() {
        LintProfile warning = LintProfile.builder()
                .schema("acme/signup.json", SIGNUP)
                .rules(new RuleConfig(Map.of("acme.plan", Severity.WARNING), Set.of("schema.pattern")))
                .build();
        assertThat(warning.lint("r.json", RECORDING, RecordingFormat.JSON).findings())
                .extracting(f -> f.ruleId() + " " + f.severity().label())
                .containsExactly("acme.plan warning");

        LintProfile off = LintProfile.builder()
                .schema("acme/signup.json", SIGNUP)
                .rules(new RuleConfig(Map.of(), Set.of("acme.plan", "schema.pattern")))
                .build();
        assertThat(off.lint("r.json", RECORDING, RecordingFormat.JSON).findings())
                .isEmpty();
    }

    @Test
    void configuringARuleNoContractDeclaresIsAUsageError() {
        assertThatThrownBy(() -> LintProfile.builder()
                        .schema("acme/signup.json", SIGNUP)
                        .rules(new RuleConfig(Map.of("acme.plann", Severity.WARNING), Set.of()))
                        .build()
                        .lint("r.json", RECORDING, RecordingFormat.JSON))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown rule 'acme.plann' in rules (did you mean 'acme.plan'?): neither a built-in rule"
                        + " nor one a contract declares with x-rule");
    }

    @Test
    void aMalformedOrBuiltInIdIsAnErrorOfTheContract() {
        assertThatThrownBy(() -> LintProfile.builder()
                        .schema("acme/signup.json", SIGNUP.replace("\"acme.plan\"", "\"Plan\""))
                        .build()
                        .lint("r.json", RECORDING, RecordingFormat.JSON))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("memory:acme/signup.json: x-rule of enum: '\"Plan\"' is not a rule id");
        assertThatThrownBy(() -> LintProfile.builder()
                        .schema("acme/signup.json", SIGNUP.replace("\"acme.plan\"", "\"schema.enum\""))
                        .build()
                        .lint("r.json", RECORDING, RecordingFormat.JSON))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("x-rule 'schema.enum' is a built-in rule id");
    }
}
