package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's rule configuration and a page's own suppression comments, applied to {@code spec lint}. */
class SpecRuleSettingsTest {

    /** Two defects: {@code id} pushed at the event level (line 10) and {@code user.id} never pushed (row 21). */
    private static final String PAGE = """
            # Login

            ## Javascript Code

            ```js
            dataLayer.push({
              event: "login",
              method: "<method>",
              user: { type: "<type>" },
              id: "<id>"
            });
            ```

            ## Variable Definitions

            | Field | Type | Required | Description |
            | --- | --- | --- | --- |
            | method | string | required | How the user logged in. |
            | user | object | required | The user. |
            | user.type | string | required | Customer type. |
            | user.id | string | required | Hashed user id.%s |
            """;

    @TempDir
    Path dir;

    @Test
    void withoutSettingsBothDefectsAreErrors() throws Exception {
        assertThat(active(lint(PAGE.formatted(""), RuleConfig.DEFAULTS)))
                .containsExactly("10 spec.wrong-parent error", "21 spec.field-not-pushed error");
    }

    @Test
    void aRuleSwitchedOffReportsNothingAndASeverityReplacesTheDefault() throws Exception {
        RuleConfig config =
                new RuleConfig(Map.of("spec.wrong-parent", Severity.WARNING), Set.of("spec.field-not-pushed"));
        assertThat(lint(PAGE.formatted(""), config).findings())
                .extracting(f -> f.location().line() + " " + f.ruleId() + " "
                        + f.severity().label())
                .containsExactly("10 spec.wrong-parent warning");
    }

    @Test
    void aCommentInTheRowSuppressesThatRowOnly() throws Exception {
        Report report = lint(
                PAGE.formatted(" <!-- datalayer-lint-disable-line spec.field-not-pushed -- set by the server -->"),
                RuleConfig.DEFAULTS);
        assertThat(active(report)).containsExactly("10 spec.wrong-parent error");
        assertThat(report.findings())
                .filteredOn(Finding::suppressed)
                .extracting(Finding::ruleId)
                .containsExactly("spec.field-not-pushed");
        assertThat(report.summary().suppressed()).isEqualTo(1);
    }

    @Test
    void disableCoversTheRestOfThePageUntilEnable() throws Exception {
        String page = "<!-- datalayer-lint-disable spec.wrong-parent, spec.field-not-pushed -->\n"
                + PAGE.formatted("")
                        .replace("## Variable", "<!-- datalayer-lint-enable spec.field-not-pushed -->\n\n## Variable");
        assertThat(active(lint(page, RuleConfig.DEFAULTS))).containsExactly("24 spec.field-not-pushed error");
    }

    @Test
    void aDisableWithoutRulesCoversEveryRule() throws Exception {
        assertThat(active(lint("<!-- datalayer-lint-disable -->\n" + PAGE.formatted(""), RuleConfig.DEFAULTS)))
                .isEmpty();
    }

    @Test
    void disableNextLineCoversTheLineAfterTheComment() throws Exception {
        String page = PAGE.formatted("")
                .replace(
                        "# Login\n",
                        "# Login\n\n<!-- datalayer-lint-disable-next-line spec.broken-link -->\nSee [the old page](old.md)"
                                + " and [the older one](older.md).\n\nSee [a third](third.md).\n");
        assertThat(active(lint(page, RuleConfig.DEFAULTS)))
                .containsExactly(
                        "6 spec.broken-link error", "15 spec.wrong-parent error", "26 spec.field-not-pushed error");
    }

    @Test
    void aSuppressionNamingNoSpecRuleIsReported() throws Exception {
        String page = "<!-- datalayer-lint-disable spec.feild-not-pushed -->\n" + PAGE.formatted("");
        assertThat(active(lint(page, RuleConfig.DEFAULTS)))
                .containsExactly(
                        "1 input.unknown-rule warning", "11 spec.wrong-parent error", "22 spec.field-not-pushed error");
    }

    private Report lint(String page, RuleConfig config) throws Exception {
        Path file = dir.resolve("login.md");
        Files.writeString(file, page);
        return new SpecRun(dir).lint(List.of(file), config);
    }

    private static List<String> active(Report report) {
        return report.findings().stream()
                .filter(f -> !f.suppressed())
                .map(f -> f.location().line() + " " + f.ruleId() + " "
                        + f.severity().label())
                .toList();
    }
}
