package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.capture.BrowserCapture;
import dev.datalayerlint.core.capture.BrowserLocator;
import dev.datalayerlint.core.capture.CaptureException;
import dev.datalayerlint.core.capture.CaptureStep;
import dev.datalayerlint.core.capture.CaptureSteps;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.values.Json;
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
            throw new Main.UsageException("--format, --output, --output-dir, --fail-on and --config need --validate");
        }
        List<CaptureStep> journey = new ArrayList<>();
        for (String url : urls) {
            journey.add(new CaptureStep.Goto(url, null, 0));
        }
        String stepsName = null;
        if (steps != null) {
            Path file = workingDirectory.resolve(steps);
            if (!Files.isRegularFile(file)) {
                throw new Main.UsageException("no such steps file: " + steps);
            }
            stepsName = steps.toString();
            try {
                journey.addAll(CaptureSteps.parse(stepsName, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (CaptureException e) {
                throw new Main.UsageException(e.getMessage());
            }
        }
        if (journey.isEmpty()) {
            throw new Main.UsageException("nothing to capture: give a URL or a --steps file");
        }
        Path chromium = BrowserLocator.find(browser == null ? null : workingDirectory.resolve(browser))
                .orElseThrow(() -> new Main.UsageException(
                        "no Chromium found: install chromium, set CHROME_PATH" + " or pass --browser PATH"));
        if (!Files.isExecutable(chromium)) {
            throw new Main.UsageException("the browser is not an executable file: " + chromium);
        }
        PrintWriter err = spec.commandLine().getErr();
        BrowserCapture.Result result;
        try {
            result = BrowserCapture.run(
                    journey,
                    stepsName,
                    new BrowserCapture.Options(
                            chromium, Duration.ofSeconds(timeoutSeconds), Duration.ofMillis(settleMillis)));
        } catch (CaptureException e) {
            throw new Main.UsageException("capture failed: " + e.getMessage());
        }
        String id = recordingId != null ? recordingId : "rec-" + UUID.randomUUID();
        Path envelope = out != null ? workingDirectory.resolve(out) : validate ? tempEnvelope() : null;
        try {
            if (envelope == null) {
                write(result, id, spec.commandLine().getOut());
            } else {
                try (Writer writer = Files.newBufferedWriter(envelope, StandardCharsets.UTF_8)) {
                    write(result, id, writer);
                }
            }
            err.println("datalayer-lint: captured " + result.reports().size() + " pushes"
                    + (result.hits().isEmpty() ? "" : " and " + result.hits().size() + " GA4 hits")
                    + (out != null ? " into " + out : ""));
            if (result.failure() != null) {
                err.println("datalayer-lint: capture stopped early: " + result.failure());
            }
            int code = validate ? validate(envelope) : ExitCode.OK;
            return result.failure() != null ? Math.max(code, ExitCode.USAGE) : code;
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
        RunOutcome outcome = LintRun.execute(run.build(), spec.commandLine().getOut(), color);
        return outcome.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void write(BrowserCapture.Result result, String id, Writer writer) throws IOException {
        for (var line : result.envelope(id)) {
            writer.write(Json.MAPPER.writeValueAsString(line));
            writer.write('\n');
        }
        writer.flush();
    }

    private static Path tempEnvelope() throws IOException {
        return Files.createTempFile("datalayer-lint-capture-", ".ndjson");
    }
}
