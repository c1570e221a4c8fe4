package dev.datalayerlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private LintConfig json(String text) {
        return ConfigLoader.parse(text, "datalayer-lint.json", false, dir);
    }

    private LintConfig yaml(String text) {
        return ConfigLoader.parse(text, "datalayer-lint.yaml", true, dir);
    }

    private String jsonError(String text) {
        try {
            json(text);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    private String yamlError(String text) {
        try {
            yaml(text);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void readsEveryKey() throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        LintConfig config = json("""
                {
                  "$schema": "https://datalayerlint.dev/config.schema.json",
                  "rules": {"schema.length": "warning", "money.unknown-currency": "off", "schema.enum": "info"},
                  "ignore": ["legacy/**", "**/*.tmp.json"],
                  "contracts": ["contracts/"],
                  "failOn": "warning",
                  "jsTimeout": "1500ms",
                  "jsStatementLimit": 20000000
                }
                """);
        assertThat(config.rules().severities())
                .isEqualTo(Map.of("schema.length", Severity.WARNING, "schema.enum", Severity.INFO));
        assertThat(config.jsLimits()).isEqualTo(new JsLimits(20_000_000, Duration.ofMillis(1500)));
        assertThat(config.rules().disabled()).isEqualTo(Set.of("money.unknown-currency"));
        assertThat(config.ignore()).containsExactly("legacy/**", "**/*.tmp.json");
        assertThat(config.contractDirectories()).containsExactly(dir.resolve("contracts"));
        assertThat(config.failOn()).isEqualTo(Severity.WARNING);
    }

    @Test
    void yamlReadsTheSameAndOffIsAString() {
        LintConfig config = yaml("""
                # datalayer-lint configuration
                rules:
                  schema.length: warning
                  money.unknown-currency: off
                ignore:
                  - legacy/**
                failOn: never
                """);
        assertThat(config.rules().severities()).isEqualTo(Map.of("schema.length", Severity.WARNING));
        assertThat(config.rules().disabled()).isEqualTo(Set.of("money.unknown-currency"));
        assertThat(config.ignore()).containsExactly("legacy/**");
        assertThat(config.failOn()).isNull();
    }

    @Test
    void defaultsWhenKeysAreMissingOrTheFileIsEmpty() {
        assertThat(json("{}")).isEqualTo(LintConfig.DEFAULTS);
        assertThat(yaml("# nothing yet\n")).isEqualTo(LintConfig.DEFAULTS);
        assertThat(json("{}").failOn()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unknownKeyIsNamedWithItsPlace() {
        assertThat(jsonError("{\n  \"rules\": {},\n  \"ignores\": []\n}"))
                .startsWith("datalayer-lint.json:3:3: unknown key 'ignores'")
                .contains("did you mean 'ignore'?");
        assertThat(yamlError("failOn: error\nsevertiy: 1\n"))
                .startsWith("datalayer-lint.yaml:2:1: unknown key 'severtiy'");
    }

    @Test
    void unknownRuleIsNamedWithASuggestion() {
        assertThat(jsonError("{\"rules\": {\"schema.patern\": \"off\"}}"))
                .isEqualTo("datalayer-lint.json:1:12: unknown rule 'schema.patern' in rules (did you mean"
                        + " 'schema.pattern'?); 'datalayer-lint rules' lists them");
        assertThat(jsonError("{\"rules\": {\"Pattern\": \"off\"}}")).contains("unknown rule 'Pattern'");
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        assertThat(jsonError("{\"rules\": {\"schema.length\": \"warn\"}}"))
                .isEqualTo(
                        "datalayer-lint.json:1:12: rules.schema.length: \"warn\" must be off, error, warning or info");
        assertThat(yamlError("failOn: sometimes\n"))
                .isEqualTo("datalayer-lint.yaml:1:1: failOn: \"sometimes\" must be error, warning, info or never");
        assertThat(jsonError("{\"contracts\": \"contracts/\"}"))
                .isEqualTo("datalayer-lint.json:1:2: contracts: \"contracts/\" must be an array, not a string");
        assertThat(jsonError("{\"ignore\": [\"ok/**\", 3]}"))
                .startsWith("datalayer-lint.json:1:22: ignore[1]: 3 must be a string");
        assertThat(jsonError("[]"))
                .isEqualTo(
                        "datalayer-lint.json:1:1: the configuration must be an object (a mapping of keys to values)");
    }

    @Test
    void badGlobAndMissingContractsFolder() {
        assertThat(jsonError("{\"ignore\": [\"legacy/[a\"]}"))
                .startsWith("datalayer-lint.json:1:13: ignore[0]: 'legacy/[a' is not a valid glob");
        assertThat(jsonError("{\"contracts\": [\"nowhere\"]}"))
                .startsWith("datalayer-lint.json:1:16: contracts[0]: folder not found: ");
    }

    @Test
    void syntaxErrorsAndDuplicates() {
        assertThat(jsonError("{\"rules\": {,}}"))
                .startsWith("datalayer-lint.json:1:")
                .contains("invalid JSON");
        assertThat(jsonError("{\"failOn\": \"error\", \"failOn\": \"info\"}"))
                .contains("invalid JSON")
                .contains("failOn");
        assertThat(yamlError("rules: [\n")).startsWith("datalayer-lint.yaml:").contains("invalid YAML");
    }

    @Test
    void severalProblemsAreCounted() {
        assertThat(jsonError("{\"a\": 1, \"b\": 2}"))
                .startsWith("datalayer-lint.json:1:2: unknown key 'a'")
                .endsWith("(and 1 more problem)");
    }

    @Test
    void findsTheFileAndRefusesTwo() throws IOException {
        assertThat(ConfigLoader.find(dir)).isEmpty();
        assertThat(ConfigLoader.loadFrom(dir)).isEqualTo(LintConfig.DEFAULTS);
        Files.writeString(dir.resolve("datalayer-lint.yml"), "failOn: info\n");
        assertThat(ConfigLoader.find(dir)).contains(dir.resolve("datalayer-lint.yml"));
        assertThat(ConfigLoader.loadFrom(dir).failOn()).isEqualTo(Severity.INFO);
        Files.writeString(dir.resolve("datalayer-lint.json"), "{}");
        assertThatThrownBy(() -> ConfigLoader.find(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("several configuration files");
    }

    @Test
    void contractsResolveAgainstTheFilesFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("ci/contracts"));
        Path file = Files.writeString(dir.resolve("ci/datalayer-lint.json"), "{\"contracts\": [\"contracts\"]}");
        assertThat(ConfigLoader.load(file).contractDirectories()).isEqualTo(List.of(sub));
    }

    @Test
    void javaScriptLimitsDefaultAndEachCanBeSetAlone() {
        assertThat(json("{}").jsLimits()).isEqualTo(JsLimits.DEFAULTS);
        assertThat(yaml("jsTimeout: 2m\n").jsLimits())
                .isEqualTo(new JsLimits(JsLimits.DEFAULT_STATEMENT_LIMIT, Duration.ofMinutes(2)));
        assertThat(yaml("jsStatementLimit: 100\n").jsLimits()).isEqualTo(new JsLimits(100, JsLimits.DEFAULT_CPU_TIME));
    }

    @Test
    void invalidJavaScriptLimitsAreOneLineErrorsAtTheirKey() {
        assertThat(jsonError("{\n  \"jsTimeout\": \"30 seconds\"\n}"))
                .startsWith("datalayer-lint.json:2:")
                .contains("jsTimeout", "30s or 1500ms");
        assertThat(jsonError("{\"jsTimeout\": \"0s\"}")).contains("jsTimeout", "not a positive duration");
        assertThat(jsonError("{\"jsStatementLimit\": 0}")).contains("jsStatementLimit", "positive whole number");
        assertThat(jsonError("{\"jsStatementLimit\": 2.5}")).contains("jsStatementLimit");
        assertThat(jsonError("{\"jsStatementLimit\": 99999999999999999999999}")).contains("jsStatementLimit");
    }

    /** Found by fuzzing (issue 11): a huge exponent was an exception out of Jackson instead of a config error. */
    @Test
    void aStatementLimitWithAHugeExponentIsAConfigErrorNotACrash() {
        assertThat(jsonError("{\"jsStatementLimit\": 999e99}")).contains("jsStatementLimit", "positive whole number");
        assertThat(jsonError("{\"jsStatementLimit\": -5e3}")).contains("jsStatementLimit");
        assertThat(json("{\"jsStatementLimit\": 5e3}").jsLimits().statementLimit())
                .isEqualTo(5000);
    }
}
