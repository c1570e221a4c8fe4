package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file through the CLI: found or named, applied, overridden by flags, refused when wrong. */
class ConfigFileTest {

    /** One push with two defects: a lower-case currency (schema.pattern) and three decimals (money.decimals). */
    private static final String RECORDING = "[\n  {\"event\": \"refund\", \"ecommerce\": {\"transaction_id\": \"T1\","
            + " \"currency\": \"usd\", \"value\": 7.777}}\n]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void recording() throws IOException {
        write("recordings/checkout.json", RECORDING);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CliRun lint(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void withoutAConfigurationBothRulesReport() {
        CliRun cli = lint("validate", "recordings");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(cli.out()).contains("schema.pattern", "money.decimals");
    }

    @Test
    void turningTheMissingClearRuleOffRemovesThatFinding() throws IOException {
        Files.copy(Fixtures.root().resolve("session/full-refund-without-clear.js"), dir.resolve("recordings/page.js"));
        CliRun before = lint("validate", "recordings/page.js");
        write("datalayer-lint.json", "{\"rules\": {\"ecommerce.missing-clear\": \"off\"}}");
        CliRun after = lint("validate", "recordings/page.js");

        assertThat(before.out()).contains("ecommerce.missing-clear").contains("ecommerce.stale-data");
        assertThat(after.out()).doesNotContain("ecommerce.missing-clear").contains("ecommerce.stale-data");
    }

    @Test
    void aSeverityOverrideChangesTheFindingAndTheExitCode() throws IOException {
        write("datalayer-lint.yaml", "rules:\n  schema.pattern: warning\n  money.decimals: info\n");
        CliRun cli = lint("validate", "--format", "json", "recordings");
        assertThat(cli.out())
                .contains("\"rule\" : \"schema.pattern\",\n    \"severity\" : \"warning\"")
                .contains("\"rule\" : \"money.decimals\",\n    \"severity\" : \"info\"");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void failOnFromTheFileAndTheFlagThatOverridesIt() throws IOException {
        write("datalayer-lint.yml", "rules:\n  schema.pattern: warning\n  money.decimals: warning\nfailOn: warning\n");
        assertThat(lint("validate", "recordings").exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lint("validate", "--fail-on", "error", "recordings").exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(lint("validate", "--fail-on", "never", "recordings").exitCode())
                .isEqualTo(ExitCode.OK);
        write("datalayer-lint.yml", "failOn: never\n");
        assertThat(lint("validate", "recordings").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(lint("validate", "--fail-on", "error", "recordings").exitCode())
                .isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void anExplicitFileWinsOverTheOneInTheWorkingDirectoryAndNoConfigIgnoresBoth() throws IOException {
        write("datalayer-lint.json", "{\"rules\": {\"schema.pattern\": \"off\"}}");
        write("ci/lint.yaml", "rules:\n  money.decimals: off\n");
        CliRun named = lint("validate", "--config", "ci/lint.yaml", "recordings");
        assertThat(named.out()).contains("schema.pattern").doesNotContain("money.decimals");
        CliRun none = lint("validate", "--no-config", "recordings");
        assertThat(none.out()).contains("schema.pattern", "money.decimals");
        CliRun both = lint("validate", "--no-config", "--config", "ci/lint.yaml", "recordings");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnknownKeyIsAUsageErrorOfOneLineNamingKeyAndFile() throws IOException {
        write("datalayer-lint.json", "{\n  \"rules\": {},\n  \"failon\": \"warning\"\n}\n");
        CliRun cli = lint("validate", "recordings");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().strip())
                .doesNotContain("\n")
                .startsWith("datalayer-lint: datalayer-lint.json:3:3: unknown key 'failon' (did you mean 'failOn'?");
    }

    @Test
    void anUnknownRuleAndABadValueAreUsageErrors() throws IOException {
        write("bad.json", "{\"rules\": {\"schema.patern\": \"off\"}}");
        CliRun rule = lint("validate", "--config", "bad.json", "recordings");
        assertThat(rule.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rule.err()).contains("bad.json:1:12: unknown rule 'schema.patern'", "did you mean 'schema.pattern'");
        write("bad.yaml", "rules:\n  schema.pattern: warn\n");
        CliRun value = lint("validate", "--config", "bad.yaml", "recordings");
        assertThat(value.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(value.err().strip())
                .isEqualTo("datalayer-lint: bad.yaml:2:3: rules.schema.pattern: \"warn\" must be off, error, warning"
                        + " or info");
        CliRun missing = lint("validate", "--config", "nowhere.json", "recordings");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("configuration file not found: nowhere.json");
    }

    @Test
    void ignoredFilesAreSkipped() throws IOException {
        write("recordings/legacy/old.json", "{ not even JSON");
        write("recordings/draft.tmp.json", "{ nor this");
        write("datalayer-lint.json", "{\"ignore\": [\"recordings/legacy/**\", \"**/*.tmp.json\"]}");
        CliRun cli = lint("validate", "recordings");
        assertThat(cli.out()).doesNotContain("legacy", "draft", "input.syntax").contains("in 1 file");
        CliRun without = lint("validate", "--no-config", "recordings");
        assertThat(without.out()).contains("recordings/legacy/old.json", "recordings/draft.tmp.json", "in 3 files");
    }

    @Test
    void contractsComeFromTheFileUnlessTheFlagNamesOthers() throws IOException {
        String contract = "{\"x-datalayer\": {\"events\": [\"login\"]}, \"type\": \"object\","
                + " \"properties\": {\"method\": {\"enum\": [\"google\"]}}}";
        write("config/contracts/login.json", contract);
        write("other/login.json", contract.replace("google", "apple"));
        write("recordings/login.json", "[{\"event\": \"login\", \"method\": \"apple\"}]");
        write("config/datalayer-lint.json", "{\"contracts\": [\"contracts\"]}");
        CliRun fromFile = lint("validate", "--config", "config/datalayer-lint.json", "recordings/login.json");
        assertThat(fromFile.out()).contains("schema.enum");
        CliRun fromFlag = lint(
                "validate", "--config", "config/datalayer-lint.json", "--contracts", "other", "recordings/login.json");
        assertThat(fromFlag.out()).doesNotContain("schema.enum");
        assertThat(fromFlag.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aConfigurationFileInAFolderIsNotTakenForARecording() throws IOException {
        write("recordings/datalayer-lint.json", "{\"rules\": {}}");
        assertThat(lint("validate", "recordings").out()).contains("in 1 file");
    }
}
