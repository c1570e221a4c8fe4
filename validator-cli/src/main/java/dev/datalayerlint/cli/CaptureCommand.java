package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Capture;
import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint capture}: records a journey's pushes in headless Chromium, then optionally validates them. */
@Command(
        name = "capture",
        mixinStandardHelpOptions = true,
        description = {
            "Records every dataLayer push of pages loaded in a headless Chromium as a capture envelope",
            "(NDJSON, one line per push with its script URL:line:column; see docs/capture.md).",
            "URLs are loaded in turn, then the --steps file runs; all of it is one recording."
        },
        footer = {
            "",
            "Examples:",
            "  datalayer-lint capture https://shop.example/checkout --out checkout.ndjson",
            "  datalayer-lint capture --steps checkout-journey.json --validate --format json",
            "",
            "Exit codes: 0 clean, 1 findings at the fail level (with --validate), 2 usage error or a capture that"
                    + " could not run or complete (no browser, a failed step), 3 internal error."
        })
final class CaptureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Pages to load, in order.")
    List<String> urls = new ArrayList<>();

    @Option(
            names = "--steps",
            paramLabel = "FILE",
            description = "A JSON or YAML (.yaml, .yml) list of steps run after the URLs: goto, click, waitFor,"
                    + " waitForHit, wait (docs/capture.md).")
    Path steps;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the envelope to FILE (default: standard output, unless --validate).")
    Path out;

    @Option(names = "--validate", description = "Validate the recording as 'validate' would, and report.")
    boolean validate;

    @Option(
            names = "--browser",
            paramLabel = "PATH",
            description = "The Chromium to run (default: $CHROME_PATH, else chromium, chromium-browser or"
                    + " google-chrome on PATH).")
    Path browser;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Limit of the browser's start and of each step without its own timeout (default:"
                    + " ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--settle",
            paramLabel = "MS",
            defaultValue = "500",
            description = "After the last step, wait until no push came for MS milliseconds (default:"
                    + " ${DEFAULT-VALUE}; 0 ends at once).")
    int settleMillis;

    @Option(
            names = "--recording-id",
            paramLabel = "ID",
            description = "The envelope's recording id (default: a random one).")
    String recordingId;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "With --validate: as for 'validate'.")
    Path config;

    private final Path workingDirectory;
    private final boolean color;

    CaptureCommand(Path workingDirectory, boolean color) {
        this.workingDirectory = workingDirectory;
        this.color = color;
    }

    @Override
    public Integer call() throws IOException {
        if (!validate && (report.isSet() || config != null)) {
            throw new UsageException("--format, --output, --output-dir, --fail-on and --config need --validate");
        }
        Capture.Request request = new Capture.Request(
                urls,
                steps,
                browser,
                Duration.ofSeconds(timeoutSeconds),
                Duration.ofMillis(settleMillis),
                recordingId != null ? recordingId : "rec-" + UUID.randomUUID());
        Path envelope = out != null ? workingDirectory.resolve(out) : validate ? tempEnvelope() : null;
        try {
            Capture.Outcome outcome;
            if (envelope == null) {
                outcome = Capture.run(
                        workingDirectory, request, spec.commandLine().getOut());
            } else {
                try (Writer writer = Files.newBufferedWriter(envelope, StandardCharsets.UTF_8)) {
                    outcome = Capture.run(workingDirectory, request, writer);
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("datalayer-lint: captured " + outcome.pushes() + " pushes"
                    + (outcome.hits() == 0 ? "" : " and " + outcome.hits() + " GA4 hits")
                    + (out != null ? " into " + out : ""));
            outcome.failure().ifPresent(failure -> err.println("datalayer-lint: capture stopped early: " + failure));
            int code = validate ? validate(envelope) : ExitCode.OK;
            return outcome.failure().isPresent() ? Math.max(code, ExitCode.USAGE) : code;
        } finally {
            if (out == null && envelope != null) {
                Files.deleteIfExists(envelope);
            }
        }
    }

    /** Validates the envelope under the same run policy as {@code validate}. */
    private int validate(Path envelope) {
        RunOptions.Builder run = report.applyTo(RunOptions.builder(workingDirectory))
                .configFile(config)
                .discoverConfig(true)
                .input(Input.path(envelope));
        RunOutcome outcome = LintRun.execute(run.build(), spec.commandLine().getOut(), report.color(color));
        return ReportOptions.exitCode(outcome, spec.commandLine().getErr());
    }

    private static Path tempEnvelope() throws IOException {
        return Files.createTempFile("datalayer-lint-capture-", ".ndjson");
    }
}
