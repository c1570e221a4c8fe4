package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Help and version, whose text changes with every option. Exit codes, usage errors, stdin and each format's output
 * are CLI scenarios ({@code src/test/resources/scenarios}, run by {@link ScenarioTest}).
 */
class ValidateCommandTest {

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
