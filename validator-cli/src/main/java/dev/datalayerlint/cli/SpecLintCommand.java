package dev.datalayerlint.cli;

import dev.datalayerlint.core.Report;
import dev.datalayerlint.core.Severity;
import dev.datalayerlint.core.spec.SpecRun;
import java.io.IOException;
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
            "",
            "Exit codes: 0 clean, 1 findings at the fail level, 2 usage error, 3 internal error."
        })
final class SpecLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec pages or folders of pages.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never (default: error).")
    String failOn = "error";

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Path workingDirectory;
    private final boolean color;

    SpecLintCommand(Path workingDirectory, boolean color) {
        this.workingDirectory = workingDirectory;
        this.color = color;
    }

    @Override
    public Integer call() throws IOException {
        Severity threshold = ValidateCommand.parseFailOn(failOn);
        ReportOutput reports = reportOptions.output(workingDirectory);
        for (Path path : paths) {
            if (!Files.exists(workingDirectory.resolve(path))) {
                throw new Main.UsageException("no such file or folder: " + path);
            }
        }
        Report report = new SpecRun(workingDirectory).lint(paths);
        reports.write(report, threshold, spec.commandLine().getOut(), color);
        return report.failsAt(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
