package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --js-timeout} and {@code --js-statement-limit}, and the configuration keys they override. */
class JsLimitFlagsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void recording() throws IOException {
        Files.writeString(dir.resolve("loop.js"), "dataLayer.push({event: 'x'});\nfor (var i = 0; ; i++) {}\n");
    }

    @Test
    void statementLimitFlagSetsTheLimit() {
        CliRun run = CliRun.in(dir, "validate", "--no-config", "--js-statement-limit", "1000", "loop.js");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("input.limit", "statement limit of 1000 statements", "--js-statement-limit");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
    void timeoutFlagSetsTheCpuTimeLimit() {
        CliRun run = CliRun.in(
                dir,
                "validate",
                "--no-config",
                "--js-timeout",
                "200ms",
                "--js-statement-limit",
                "1_000_000_000_000",
                "loop.js");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("input.timeout", "more than 200 ms of CPU time", "--js-timeout");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
    void aBuiltInThatIgnoresStoppingCostsOnlyItsOwnFile() throws IOException {
        Files.writeString(
                dir.resolve("bigint.js"),
                "dataLayer.push({event: 'x'});\nvar a = (1n << 50000000n) - 1n;\nString(a * a);\n");
        Files.writeString(
                dir.resolve("refund.js"),
                "dataLayer.push({event: 'refund', ecommerce: {transaction_id: 'T1', currency: 'usd', value: 5}});\n");

        CliRun run = CliRun.in(
                dir, "validate", "--no-config", "--format", "json", "--js-timeout", "200ms", "bigint.js", "refund.js");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .contains("\"rule\" : \"input.timeout\"", "more than 200 ms of CPU time")
                .contains("\"file\" : \"refund.js\"", "\"pointer\" : \"/ecommerce/currency\"")
                .contains("\"pushes\" : 2");
    }

    @Test
    void configurationSetsTheLimitsAndFlagsOverrideIt() throws IOException {
        Files.writeString(dir.resolve("datalayer-lint.json"), "{\"jsStatementLimit\": 1000, \"jsTimeout\": \"2m\"}");

        assertThat(CliRun.in(dir, "validate", "loop.js").out()).contains("statement limit of 1000 statements");
        assertThat(CliRun.in(dir, "validate", "--js-statement-limit", "2000", "loop.js")
                        .out())
                .contains("statement limit of 2000 statements");
    }

    @Test
    void invalidValuesAreOneLineUsageErrors() {
        assertUsageError(
                "--js-timeout",
                "30",
                "datalayer-lint: --js-timeout: '30' is not a duration; write a whole number and a unit, ms, s or m,"
                        + " e.g. 30s or 1500ms");
        assertUsageError("--js-timeout", "0ms", "datalayer-lint: --js-timeout: '0ms' is not a positive duration");
        assertUsageError(
                "--js-statement-limit",
                "-5",
                "datalayer-lint: --js-statement-limit: '-5' is not a statement limit; write a positive whole number");
        assertUsageError(
                "--js-statement-limit",
                "lots",
                "datalayer-lint: --js-statement-limit: 'lots' is not a statement limit; write a positive whole"
                        + " number");
    }

    private void assertUsageError(String flag, String value, String message) {
        CliRun run = CliRun.in(dir, "validate", "--no-config", flag, value, "loop.js");

        assertThat(run.exitCode()).as(flag + " " + value).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }
}
