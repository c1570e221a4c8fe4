package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * {@code datalayer-lint validate}: maps its options (grouped in mixins, help text in {@code ValidateCommand.properties})
 * onto one core call, then the outcome onto an exit code.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "dev.datalayerlint.cli.ValidateCommand")
final class ValidateCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final Path workingDirectory;
    private final boolean color;

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "paths")
    List<String> paths = new ArrayList<>();

    @Option(names = "--no-progress", descriptionKey = "no-progress")
    boolean noProgress;

    @Option(names = "--report-unused-disable-directives", descriptionKey = "report-unused-disable-directives")
    boolean reportUnusedDisableDirectives;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
    String threads;

    @Option(names = "--debug", descriptionKey = "debug")
    boolean debug;

    /** @param color whether standard output is a terminal that wants colours (decided by {@link Main}) */
    ValidateCommand(InputStream stdin, Path workingDirectory, boolean color) {
        this.stdin = stdin;
        this.workingDirectory = workingDirectory;
        this.color = color;
    }

    @Override
    public Integer call() throws IOException {
        RunOptions.Builder run = RunOptions.builder(workingDirectory);
        report.applyTo(config.applyTo(input.applyTo(run)));
        run.reportUnusedDisableDirectives(reportUnusedDisableDirectives).threads(threads);
        if (config.printConfig != null) {
            spec.commandLine().getOut().println(LintRun.effectiveConfig(run.build(), config.printConfig));
            return ExitCode.OK;
        }
        if (paths.isEmpty()) {
            throw new UsageException("validate needs a PATH: a file, folder or quoted glob; '-' reads standard"
                    + " input (see 'datalayer-lint validate --help')");
        }
        for (String path : paths) {
            if ("-".equals(path)) {
                run.input(input.stdin(stdin, spec.commandLine().getErr()));
            } else {
                run.path(path);
            }
        }
        ProgressLine progress = noProgress || !ProgressLine.interactive()
                ? null
                : new ProgressLine(spec.commandLine().getErr(), System::nanoTime);
        RunOutcome outcome;
        try {
            outcome = LintRun.execute(
                    run.progress(progress).build(), spec.commandLine().getOut(), report.color(color));
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        return ReportOptions.exitCode(outcome, spec.commandLine().getErr());
    }
}
