package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.capture.BrowserLocator;
import dev.datalayerlint.fixtures.Fixtures;
import dev.datalayerlint.fixtures.PageServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capture} end to end in a real headless Chromium against the test pages on 127.0.0.1: the envelope file,
 * {@code validate} reading it with findings at the external script's line, {@code --validate}, and a failing step.
 * Skipped without a browser unless {@code DATALAYER_LINT_REQUIRE_CHROMIUM=1} (set in CI), where it fails instead.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard: every wait inside is on a condition
class CaptureCommandTest {

    private static final Path PAGES = Fixtures.pages();
    private static PageServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() {
        if (BrowserLocator.find(null).isEmpty()) {
            if ("1".equals(System.getenv("DATALAYER_LINT_REQUIRE_CHROMIUM"))) {
                throw new AssertionError("no Chromium found and DATALAYER_LINT_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort("no Chromium on PATH or CHROME_PATH");
        }
        server = PageServer.serve(PAGES);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void capturesToAFileThatValidateLocatesAtTheScriptLine() throws Exception {
        Files.writeString(dir.resolve("steps.json"), """
                [
                  {"waitFor": "timer_push"},
                  {"click": "#buy"},
                  {"waitFor": "cyclic"}
                ]
                """);
        CliRun capture = CliRun.in(
                dir,
                "capture",
                server.url("checkout.html"),
                "--steps",
                "steps.json",
                "--settle",
                "0",
                "--recording-id",
                "checkout-1",
                "--out",
                "rec.ndjson");
        assertThat(capture.err()).contains("captured 11 pushes into rec.ndjson");
        assertThat(capture.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(dir.resolve("rec.ndjson"));
        assertThat(lines).hasSize(11).allMatch(l -> l.startsWith("{\"recording\":\"checkout-1\",\"seq\":"));

        CliRun validate = CliRun.in(dir, "validate", "rec.ndjson");
        int refundLine = Fixtures.lineOf(PAGES.resolve("refund.js"), "// expect: schema.pattern /ecommerce/currency");
        assertThat(validate.out()).contains(server.url("refund.js")).contains(refundLine + ":11");
        assertThat(validate.out()).contains("schema.pattern");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void validateFlagReportsTheBrokenRefundAtTheExternalScript() throws Exception {
        CliRun run = CliRun.in(
                dir, "capture", server.url("checkout.html"), "--settle", "0", "--validate", "--format", "json");
        int refundLine = Fixtures.lineOf(PAGES.resolve("refund.js"), "// expect: schema.pattern");
        assertThat(run.out())
                .contains("\"file\" : \"" + server.url("refund.js") + "\"")
                .contains("\"line\" : " + refundLine)
                .contains("\"rule\" : \"schema.pattern\"")
                .contains("\"pointer\" : \"/ecommerce/currency\"");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .toList())
                .as("no browser process left behind")
                .isEmpty();
    }

    @Test
    void aFailingStepNamesItsLineAndKeepsWhatWasRecorded() throws Exception {
        Files.writeString(dir.resolve("steps.json"), """
                [
                  {"goto": "%s"},
                  {"click": "#no-such-button", "timeout": 300}
                ]
                """.formatted(server.url("thanks.html")));
        CliRun run = CliRun.in(dir, "capture", "--steps", "steps.json", "--out", "rec.ndjson");
        assertThat(run.err())
                .contains("capture stopped early: steps.json:3: click \"#no-such-button\": no element matches");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(dir.resolve("rec.ndjson"))).contains("thanks_view");
    }

    @Test
    void aYamlStepsFileRunsAndAFailingStepIsNamedAtItsYamlLine() throws Exception {
        Files.writeString(dir.resolve("journey.yaml"), """
                # the thanks page, then a button that is not there
                - goto: %s
                - waitFor: thanks_view

                - click: "#no-such-button"
                  timeout: 300
                """.formatted(server.url("thanks.html")));
        CliRun run = CliRun.in(dir, "capture", "--steps", "journey.yaml", "--out", "rec.ndjson");
        assertThat(run.err())
                .contains("capture stopped early: journey.yaml:5: click \"#no-such-button\": no element matches");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(dir.resolve("rec.ndjson"))).contains("thanks_view");
    }

    @Test
    void usageErrorsAreOneLine() throws Exception {
        assertThat(CliRun.in(dir, "capture").err())
                .isEqualTo("datalayer-lint: nothing to capture: give a URL or a" + " --steps file"
                        + System.lineSeparator());
        CliRun missing = CliRun.in(dir, "capture", "http://127.0.0.1:1/", "--browser", "no-such-browser");
        assertThat(missing.err()).startsWith("datalayer-lint: the browser is not an executable file:");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        Files.writeString(dir.resolve("bad.json"), "[\n  {\"clik\": \"#x\"}\n]\n");
        CliRun bad = CliRun.in(dir, "capture", "--steps", "bad.json");
        assertThat(bad.err()).startsWith("datalayer-lint: bad.json:2:3: unknown step key \"clik\"");
        Files.writeString(dir.resolve("bad.yml"), "- goto: http://127.0.0.1:1/\n- wait: soon\n");
        assertThat(CliRun.in(dir, "capture", "--steps", "bad.yml").err())
                .startsWith("datalayer-lint: bad.yml:2:3: \"wait\" needs a number of milliseconds");
        assertThat(CliRun.in(dir, "capture", "http://x/", "--format", "json").err())
                .contains("need --validate");
    }
}
