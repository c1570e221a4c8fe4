package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.RecordingFormat;
import java.io.IOException;
import java.io.InputStream;
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

/** {@code datalayer-lint validate}: one core call, then the report and the exit code. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates recorded dataLayer pushes (.js, .json, .ndjson/.jsonl) and GA4 hits (.har) against the contracts.",
            "A push routes to its contract by event name (refund -> ga4/refund); --contract checks whole documents.",
            "Settings come from datalayer-lint.json (or .yaml/.yml) in the working directory, or from --config;",
            "flags override it (see docs/configuration.md)."
        },
        footer = {
            "",
            "Examples:",
            "  datalayer-lint validate test-fixtures/recordings/refund",
            "  datalayer-lint validate --format json capture.ndjson > report.json",
            "  datalayer-lint validate --format sarif --format junit --output-dir out .",
            "  cat body.json | datalayer-lint validate --contract braintree/refund -",
            "  datalayer-lint validate --config ci/lint.yaml --fail-on warning recordings/",
            "  datalayer-lint validate --js-timeout 2m --js-statement-limit 20000000 slow-recordings/",
            "",
            "Exit codes: 0 clean, 1 findings at the fail level, 2 usage error, 3 internal error."
        })
final class ValidateCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final boolean color;

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders to validate; '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "The configuration file (default: datalayer-lint.json, .yaml or .yml in the working"
                    + " directory, if there is one).")
    Path configFile;

    @Option(
            names = "--no-config",
            description = "Use no configuration file, not even the one in the working directory.")
    boolean noConfig;

    @Option(
            names = "--no-progress",
            description = "Never show the progress line (shown on a terminal for a run longer than a second).")
    boolean noProgress;

    @Option(
            names = "--contract",
            paramLabel = "ID",
            description = "Validate every whole document against this contract (see 'datalayer-lint contracts').")
    String contract;

    @Option(
            names = "--contracts",
            paramLabel = "DIR",
            description = "A folder of project contracts that extend or override the shipped ones (repeatable;"
                    + " replaces the configuration's contracts).")
    List<Path> contractDirectories = new ArrayList<>();

    @Option(
            names = "--stdin-format",
            paramLabel = "FORMAT",
            description = "Format of standard input: json, ndjson or js (default: ${DEFAULT-VALUE}).",
            defaultValue = "json")
    String stdinFormat;

    @Option(
            names = "--js-timeout",
            paramLabel = "DURATION",
            description = "Most CPU time one JavaScript recording may use before it is stopped (input.timeout):"
                    + " a whole number and ms, s or m, e.g. 30s or 1500ms (default: the configuration's jsTimeout,"
                    + " else 30s). CPU time of the recording's own execution, not wall-clock time.")
    String jsTimeout;

    @Option(
            names = "--js-statement-limit",
            paramLabel = "N",
            description = "Most JavaScript statements one recording may execute before it is stopped (input.limit)"
                    + " (default: the configuration's jsStatementLimit, else 5000000).")
    String jsStatementLimit;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Path workingDirectory;

    /** @param color whether standard output is a terminal that wants colours (decided by {@link Main}) */
    ValidateCommand(InputStream stdin, Path workingDirectory, boolean color) {
        this.stdin = stdin;
        this.workingDirectory = workingDirectory;
        this.color = color;
    }

    @Override
    public Integer call() throws IOException {
        if (noConfig && configFile != null) {
            throw new Main.UsageException("--config and --no-config exclude each other");
        }
        ProgressLine progress = noProgress || !ProgressLine.interactive()
                ? null
                : new ProgressLine(spec.commandLine().getErr(), System::nanoTime);
        RunOptions.Builder run = RunOptions.builder(workingDirectory)
                .configFile(configFile)
                .discoverConfig(!noConfig)
                .contract(contract)
                .contractDirectories(contractDirectories)
                .jsTimeout(jsTimeout)
                .jsStatementLimit(jsStatementLimit)
                .progress(progress);
        report.applyTo(run);
        for (String path : paths) {
            run.input(input(path));
        }
        RunOutcome outcome;
        try {
            outcome = LintRun.execute(run.build(), spec.commandLine().getOut(), color);
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        return outcome.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** {@code -} is standard input, read as {@code --stdin-format}; anything else a file or folder that exists. */
    private Input input(String path) throws IOException {
        if ("-".equals(path)) {
            // Bytes, not a String: the reader decodes strictly, so invalid UTF-8 is reported, never replaced.
            return Input.bytes("<stdin>", stdin.readAllBytes(), parseStdinFormat(stdinFormat));
        }
        Path file = workingDirectory.resolve(path);
        if (!Files.exists(file)) {
            throw new Main.UsageException("no such file or folder: " + path);
        }
        return Input.path(file);
    }

    private static RecordingFormat parseStdinFormat(String text) {
        try {
            return RecordingFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--stdin-format takes json, ndjson or js, not '" + text + "'");
        }
    }
}
