package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line as a user meets it: exit codes, usage errors, help, stdin. */
class ValidateCommandTest {

    private static String fixture(String name) {
        return Fixtures.root().resolve(name).toString();
    }

    @Test
    void lowerCaseCurrencyIsAnErrorAtItsPointerAndLine() {
        CliRun run = CliRun.of("validate", "--format", "json", fixture("refund/broken-currency-lowercase.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .contains("\"pointer\" : \"/ecommerce/currency\"")
                .contains("\"line\" : 3")
                .contains("\"rule\" : \"schema.pattern\"")
                .contains("currency \\\"usd\\\" must be a 3-letter upper-case ISO 4217 code");
    }

    @Test
    void textReportGroupsByFileAndEndsWithASummary() {
        CliRun run =
                CliRun.of("validate", fixture("refund/broken-value-string.json"), fixture("refund/valid-jpy.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .contains("broken-value-string.json\n  3:3  error")
                .contains("value \"7.77\" must be a number")
                .contains("1 problem (1 error, 0 warnings, 0 infos) in 2 files, 4 pushes; fail level: error");
        assertThat(run.out()).doesNotContain("valid-jpy.json");
    }

    @Test
    void cleanRunExitsZero() {
        CliRun run = CliRun.of("validate", fixture("refund/valid-full-refund.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("0 problems");
    }

    @Test
    void failOnNeverPassesWithFindings() {
        CliRun run = CliRun.of("validate", "--fail-on", "never", fixture("refund/broken-value-string.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("fail level: never");
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of("validate", "no/such/file.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .isEqualTo("datalayer-lint: no such file or folder: no/such/file.json" + System.lineSeparator());
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliRun run = CliRun.of("validate", "--frmat", "json", fixture("refund/valid-jpy.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: '--frmat'").contains("datalayer-lint validate --help");
    }

    @Test
    void unknownContractIsAUsageError() {
        CliRun run = CliRun.of("validate", "--contract", "nope/refund", fixture("refund/valid-jpy.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith("datalayer-lint: unknown contract 'nope/refund'")
                .contains("ga4/refund");
    }

    @Test
    void badFailOnIsAUsageError() {
        CliRun run = CliRun.of("validate", "--fail-on", "sometimes", fixture("refund/valid-jpy.json"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--fail-on takes error, warning, info or never");
    }

    @Test
    void readsStandardInputAsJsonOrNdjson() {
        String push =
                "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T1\",\"currency\":\"USD\",\"value\":7.777}}";

        CliRun json = CliRun.withStdin("[" + push + "]", "validate", "--format", "json", "-");
        CliRun ndjson = CliRun.withStdin(push + "\n" + push + "\n", "validate", "--stdin-format", "ndjson", "-");

        assertThat(json.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(json.out()).contains("\"file\" : \"<stdin>\"").contains("money.decimals");
        assertThat(ndjson.out()).contains("(2 errors, ");
    }

    @Test
    void directoryIsSearchedAndAFolderWithoutRecordingsIsReported(@org.junit.jupiter.api.io.TempDir Path empty) {
        CliRun run = CliRun.of("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("folder holds no recording").contains("input.no-files");
    }

    @Test
    void helpAndVersionReadWell() {
        CliRun help = CliRun.of("--help");
        CliRun validateHelp = CliRun.of("validate", "--help");
        CliRun version = CliRun.of("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: datalayer-lint")
                .contains("validate")
                .contains("Exit codes");
        assertThat(validateHelp.out())
                .contains("--fail-on=LEVEL")
                .contains("--contract=ID")
                .contains("Examples:");
        assertThat(version.out()).startsWith("datalayer-lint ");
    }
}
