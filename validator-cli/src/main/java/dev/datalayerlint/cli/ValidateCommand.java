package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.config.LintConfig;
import dev.datalayerlint.core.recording.JsLimits;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint validate}: one core call, then the report and the exit code. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates recorded dataLayer pushes (.js, .json, .ndjson/.jsonl) against the contracts.",
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

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders to validate; '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeatable with --output-dir.",
            converter = FormatConverter.class,
            completionCandidates = FormatNames.class)
    List<ReportFormat> formats = new ArrayList<>();

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write each --format to DIR under its default name (report.txt, report.json,"
                    + " report.junit.xml, report.sarif, report.github.txt).")
    Path outputDir;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never"
                    + " (default: the configuration's failOn, else error).")
    String failOn;

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
        LintConfig config = config();
        JsLimits limits = jsLimits(config.jsLimits());
        Severity threshold = failOn != null ? parseFailOn(failOn) : config.failOn();
        ReportOutput reports = ReportOutput.of(
                formats,
                output == null ? null : workingDirectory.resolve(output),
                outputDir == null ? null : workingDirectory.resolve(outputDir));
        ValidationRequest.Builder request = ValidationRequest.builder()
                .contract(contract)
                .baseDirectory(workingDirectory)
                .rules(config.rules())
                .ignore(config.ignore())
                .jsLimits(limits);
        if (contractDirectories.isEmpty()) {
            config.contractDirectories().forEach(request::contractDirectory);
        } else {
            contractDirectories.forEach(dir -> request.contractDirectory(workingDirectory.resolve(dir)));
        }
        for (String path : paths) {
            if ("-".equals(path)) {
                // Bytes, not a String: the reader decodes strictly, so invalid UTF-8 is reported, never replaced.
                request.input(Input.bytes("<stdin>", stdin.readAllBytes(), parseStdinFormat(stdinFormat)));
            } else {
                Path file = workingDirectory.resolve(path);
                if (!Files.exists(file)) {
                    throw new Main.UsageException("no such file or folder: " + path);
                }
                request.path(file);
            }
        }
        Report report = validate(request.build());
        reports.write(report, threshold, spec.commandLine().getOut(), color);
        return report.failsAt(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The configuration file named by --config, else the one in the working directory, else the defaults. */
    private LintConfig config() {
        if (noConfig) {
            if (configFile != null) {
                throw new Main.UsageException("--config and --no-config exclude each other");
            }
            return LintConfig.DEFAULTS;
        }
        if (configFile != null) {
            Path file = workingDirectory.resolve(configFile);
            if (!Files.isRegularFile(file)) {
                throw new Main.UsageException("configuration file not found: " + configFile);
            }
            return ConfigLoader.load(file, configFile.toString());
        }
        return ConfigLoader.find(workingDirectory)
                .map(file -> ConfigLoader.load(file, file.getFileName().toString()))
                .orElse(LintConfig.DEFAULTS);
    }

    /** Validates, with a progress line on standard error when a person is watching a terminal. */
    private Report validate(ValidationRequest request) {
        if (noProgress || !ProgressLine.interactive()) {
            return Validator.create().validate(request);
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System::nanoTime);
        try {
            return Validator.create().validate(request, progress);
        } finally {
            progress.finish();
        }
    }

    /** The configuration's JavaScript limits with this command's flags applied. */
    private JsLimits jsLimits(JsLimits configured) {
        JsLimits limits = configured;
        try {
            if (jsTimeout != null) {
                limits = limits.withCpuTime(JsLimits.parseDuration(jsTimeout));
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--js-timeout: " + e.getMessage());
        }
        try {
            if (jsStatementLimit != null) {
                limits = limits.withStatementLimit(JsLimits.parseStatementLimit(jsStatementLimit));
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--js-statement-limit: " + e.getMessage());
        }
        return limits;
    }

    static Severity parseFailOn(String text) {
        if ("never".equalsIgnoreCase(text)) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--fail-on takes error, warning, info or never, not '" + text + "'");
        }
    }

    private static RecordingFormat parseStdinFormat(String text) {
        try {
            return RecordingFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--stdin-format takes json, ndjson or js, not '" + text + "'");
        }
    }

    /** Accepts format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use one of " + String.join(", ", new FormatNames()));
            }
        }
    }

    /** The format names for help and completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            for (ReportFormat format : ReportFormat.values()) {
                add(format.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
