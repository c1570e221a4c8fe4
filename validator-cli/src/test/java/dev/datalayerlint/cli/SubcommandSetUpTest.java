package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A run that names its subcommand first sets up that subcommand alone (picocli's set-up of all of them was most of
 * the command line's start-up); help, typos and options before a subcommand still see every one, and the help a
 * subcommand prints is the same either way.
 */
class SubcommandSetUpTest {

    @Test
    void theTableNamesEachSubcommandAsItsAnnotationDoes() {
        Main.SUBCOMMANDS.forEach(
                (name, type) -> assertThat(type.getAnnotation(Command.class).name())
                        .as(type.getName())
                        .isEqualTo(name));
    }

    @Test
    void helpListsEverySubcommandInTheTablesOrder() {
        String help = CliRun.of("--help").out();
        List<String> names = new ArrayList<>(Main.SUBCOMMANDS.keySet());
        names.add("help");
        List<Integer> positions =
                names.stream().map(name -> help.indexOf("\n  " + name + " ")).toList();

        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void aSubcommandsHelpIsTheSameThroughTheHelpCommand() {
        for (String name : Main.SUBCOMMANDS.keySet()) {
            CliRun direct = CliRun.of(name, "--help");
            CliRun throughHelp = CliRun.of("help", name);

            assertThat(direct.exitCode()).as(name).isZero();
            assertThat(direct.out()).as(name).isNotEmpty().isEqualTo(throughHelp.out());
        }
    }

    @Test
    void aMistypedSubcommandIsStillSuggested() {
        CliRun run = CliRun.of("valdate", "x.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown command 'valdate'").contains("did you mean 'validate'?");
    }

    @Test
    void aNestedSubcommandRunsWhenItsParentIsNamedFirst() {
        CliRun run = CliRun.of("spec", "lint", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: datalayer-lint spec lint");
    }
}
