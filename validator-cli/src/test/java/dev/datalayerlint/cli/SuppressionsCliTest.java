package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions through the CLI: suppressed findings stay in the JSON report and never fail the run.
 */
class SuppressionsCliTest {

    @TempDir
    Path dir;

    private CliRun lint(String... args) throws IOException {
        Path root = Fixtures.root();
        Files.copy(root.resolve("suppressions/block.js"), dir.resolve("block.js"));
        CliRun cli = CliRun.in(dir, args);
        return cli;
    }

    @Test
    void suppressedFindingsAreKeptInTheJsonReport() throws IOException {
        CliRun cli = lint("validate", "--format", "json", "block.js");
        assertThat(cli.out()).contains("\"suppressed\" : true").contains("\"suppressed\" : 9");
    }

    @Test
    void theTextReportCountsThemAndTheyNeverFailTheRun() throws IOException {
        CliRun cli = lint("validate", "--fail-on", "info", "block.js");
        assertThat(cli.out()).contains(", 9 suppressed;");
        assertThat(cli.out().lines().filter(l -> l.contains("money.decimals")).count())
                .isEqualTo(2);
        Path onlySuppressed = dir.resolve("only.js");
        Files.writeString(
                onlySuppressed,
                "window.dataLayer = window.dataLayer || [];\n// datalayer-lint-disable-next-line\n"
                        + "dataLayer.push({event: \"refund\", ecommerce: {transaction_id: \"T1\", currency: \"usd\","
                        + " value: 7.777}});\n");
        CliRun clean = CliRun.in(dir, "validate", "--fail-on", "info", "only.js");
        assertThat(clean.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(clean.out()).contains("0 problems").contains("2 suppressed");
    }
}
