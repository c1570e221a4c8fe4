package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint init}: a commented starter configuration in the working directory, never over an old one. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a commented starter configuration, datalayer-lint.yaml, into the working directory.",
            "Refuses when a datalayer-lint.json, .yaml or .yml is already there."
        })
final class InitCommand implements Callable<Integer> {

    private final Path workingDirectory;

    @Spec
    CommandSpec spec;

    InitCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        Path file = LintRun.writeStarterConfig(workingDirectory);
        spec.commandLine()
                .getErr()
                .println("datalayer-lint: wrote " + workingDirectory.relativize(file)
                        + "; every key is optional, see docs/configuration.md");
        return ExitCode.OK;
    }
}
