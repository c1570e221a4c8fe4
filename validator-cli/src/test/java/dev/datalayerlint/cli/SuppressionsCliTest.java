package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions through the CLI. They live in JavaScript recordings, so this runs once the JS reader reads
 * them (until then it is skipped; the core's SuppressionFixturesTest covers the comments meanwhile).
 */
class SuppressionsCliTest {

    @TempDir
    Path dir;

    private Cli lint(String... args) throws IOException {
        Path root = Fixtures.root();
        Files.copy(root.resolve("suppressions/block.js"), dir.resolve("block.js"));
        Cli cli = Cli.run(dir, args);
        assumeFalse(cli.out().contains("not supported yet"), "JavaScript recordings are not read yet");
        return cli;
    }

    @Test
    void suppressedFindingsAreKeptInTheJsonReport() throws IOException {
        Cli cli = lint("validate", "--format", "json", "block.js");
        assertThat(cli.out()).contains("\"suppressed\" : true").contains("\"suppressed\" : 6");
    }

    @Test
    void theTextReportCountsThemAndTheyNeverFailTheRun() throws IOException {
        Cli cli = lint("validate", "--fail-on", "info", "block.js");
        assertThat(cli.out()).contains(", 6 suppressed;");
        assertThat(cli.out().lines().filter(l -> l.contains("money.decimals")).count())
                .isEqualTo(2);
        Path onlySuppressed = dir.resolve("only.js");
        Files.writeString(
                onlySuppressed,
                "window.dataLayer = window.dataLayer || [];\n// datalayer-lint-disable-next-line\n"
                        + "dataLayer.push({event: \"refund\", ecommerce: {transaction_id: \"T1\", currency: \"usd\","
                        + " value: 7.777}});\n");
        Cli clean = Cli.run(dir, "validate", "--fail-on", "info", "only.js");
        assertThat(clean.code()).isEqualTo(ExitCode.OK);
        assertThat(clean.out()).contains("0 problems").contains("2 suppressed");
    }
}
