package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint spec lint}: one core call over the pages, then the report and the exit code. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Checks tagging-spec pages (.md): the code block is valid JavaScript, table and code agree, each field's",
            "constraints fit its type, GA4's rules for the event hold. A folder is linted as a whole, so links",
            "between its pages resolve."
        },
        footer = {
            "",
            "Examples:",
            "  datalayer-lint spec lint docs/tracking",
            "  datalayer-lint spec lint --format sarif --output spec.sarif docs/tracking",
            "  datalayer-lint spec lint --config datalayer-lint.json docs/tracking",
            "",
            "Exit codes: 0 clean, 1 findings at the fail level, 2 usage error, 3 internal error."
        })
final class SpecLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec pages or folders of pages.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Path workingDirectory;
    private final boolean color;

    SpecLintCommand(Path workingDirectory, boolean color) {
        this.workingDirectory = workingDirectory;
        this.color = color;
    }

    @Override
    public Integer call() {
        RunOptions.Builder run = config.applyTo(report.applyTo(RunOptions.builder(workingDirectory)));
        for (Path path : paths) {
            Path page = workingDirectory.resolve(path);
            if (!Files.exists(page)) {
                throw new UsageException("no such file or folder: " + path);
            }
            run.input(Input.path(page));
        }
        RunOutcome outcome =
                LintRun.executeSpecs(run.build(), spec.commandLine().getOut(), report.color(color));
        return ReportOptions.exitCode(outcome, spec.commandLine().getErr());
    }
}
