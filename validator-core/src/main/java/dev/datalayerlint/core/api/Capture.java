package dev.datalayerlint.core.api;

import dev.datalayerlint.core.capture.BrowserCapture;
import dev.datalayerlint.core.capture.BrowserLocator;
import dev.datalayerlint.core.capture.CaptureStep;
import dev.datalayerlint.core.capture.CaptureSteps;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.UsageException;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a journey's pushes and GA4 hits in a headless Chromium and writes them as a capture envelope
 * ({@code docs/capture.md}). Validating the envelope is an ordinary run of {@link LintRun}.
 */
public final class Capture {

    /**
     * What to capture.
     *
     * @param urls pages loaded in turn before the steps
     * @param steps a steps file relative to the working directory, or null
     * @param browser the Chromium to run, or null to look on {@code CHROME_PATH} and {@code PATH}
     * @param timeout limit of the browser's start and of each step without its own
     * @param settle after the last step, how long no push must come before the capture ends
     * @param recordingId the envelope's recording id
     */
    public record Request(
            List<String> urls, Path steps, Path browser, Duration timeout, Duration settle, String recordingId) {
        public Request {
            urls = List.copyOf(urls);
        }
    }

    /**
     * What was recorded.
     *
     * @param failure why the journey stopped early (a failed step), when it did; what came before is kept
     */
    public record Outcome(int pushes, int hits, Optional<String> failure) {}

    private Capture() {}

    /**
     * Runs the journey and writes its envelope, one JSON line per push or hit, to {@code envelope}.
     *
     * @throws UsageException when there is nothing to capture, no usable browser or steps file, or the browser
     *     could not be driven at all
     */
    public static Outcome run(Path workingDirectory, Request request, Writer envelope) {
        List<CaptureStep> journey = new ArrayList<>();
        for (String url : request.urls()) {
            journey.add(new CaptureStep.Goto(url, null, 0));
        }
        String stepsName = null;
        if (request.steps() != null) {
            Path file = workingDirectory.resolve(request.steps());
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such steps file: " + request.steps());
            }
            stepsName = request.steps().toString();
            try {
                journey.addAll(CaptureSteps.parse(stepsName, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UsageException("cannot read " + request.steps() + ": " + e.getMessage());
            }
        }
        if (journey.isEmpty()) {
            throw new UsageException("nothing to capture: give a URL or a --steps file");
        }
        Path chromium = BrowserLocator.find(
                        request.browser() == null ? null : workingDirectory.resolve(request.browser()))
                .orElseThrow(() -> new UsageException(
                        "no Chromium found: install chromium, set CHROME_PATH or pass --browser PATH"));
        if (!Files.isExecutable(chromium)) {
            throw new UsageException("the browser is not an executable file: " + chromium);
        }
        BrowserCapture.Result result;
        try {
            result = BrowserCapture.run(
                    journey, stepsName, new BrowserCapture.Options(chromium, request.timeout(), request.settle()));
        } catch (UsageException e) {
            throw new UsageException("capture failed: " + e.getMessage(), e);
        }
        try {
            for (ObjectNode line : result.envelope(request.recordingId())) {
                // A page's lone surrogate stays an escape: the envelope is UTF-8 and must never hold half a character.
                envelope.write(PrintableText.escapeLoneSurrogates(Json.MAPPER.writeValueAsString(line)));
                envelope.write('\n');
            }
            envelope.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(result.reports().size(), result.hits().size(), Optional.ofNullable(result.failure()));
    }
}
