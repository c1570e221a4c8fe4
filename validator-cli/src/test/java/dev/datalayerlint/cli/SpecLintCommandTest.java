package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.SpecFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpecLintCommandTest {

    private static final Path SPECS = SpecFixtures.root();

    @Test
    void theSeedPageFailsWithItsFindingsOnTheRowLines() {
        CliRun cli = CliRun.in(SPECS, "spec", "lint", "events/ecommerce/refund.md");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(cli.out())
                .contains("events/ecommerce/refund.md")
                .contains("55:")
                .contains("spec.pattern-on-number")
                .contains("spec.ga4-unknown-parameter");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aCleanPageExitsZero() {
        CliRun cli = CliRun.in(SPECS, "spec", "lint", "events/ecommerce/purchase.md", "schemas/item.md");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void jsonReportOfAFolderCarriesRuleLineAndPointer(@TempDir Path temp) throws Exception {
        Path report = temp.resolve("spec.json");
        CliRun cli = CliRun.in(SPECS, "spec", "lint", "--format", "json", "--output", report.toString(), ".");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("findings").values()).anySatisfy(f -> {
            assertThat(f.get("rule").asString()).isEqualTo("spec.ga4-unknown-parameter");
            assertThat(f.get("file").asString()).isEqualTo("events/ecommerce/refund.md");
            assertThat(f.get("line").asInt()).isEqualTo(54);
            assertThat(f.get("pointer").asString()).isEqualTo("/ecommerce/quantity");
        });
    }

    @Test
    void infoFindingsFailOnlyAtInfo() {
        assertThat(CliRun.in(SPECS, "spec", "lint", "guides/data-attributes.md").exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.in(SPECS, "spec", "lint", "--fail-on", "info", "guides/data-attributes.md")
                        .exitCode())
                .isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun cli = CliRun.in(SPECS, "spec", "lint", "nope.md");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err().strip()).isEqualTo("datalayer-lint: no such file or folder: nope.md");
    }

    @Test
    void explainKnowsTheSpecRules() {
        CliRun cli = CliRun.of("explain", "spec.pattern-on-number");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.out()).startsWith("# spec.pattern-on-number\n");
    }
}
