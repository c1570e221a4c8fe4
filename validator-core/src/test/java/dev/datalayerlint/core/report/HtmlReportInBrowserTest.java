package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.capture.Browsers;
import dev.datalayerlint.core.capture.CaptureException;
import dev.datalayerlint.core.capture.CdpConnection;
import dev.datalayerlint.core.capture.ChromiumProcess;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Severity;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A real run writes {@code --format html}, and a real headless Chromium opens it from disk: the DOM holds every
 * recording, push, hit and finding, a filter click hides the errors, selecting a push shows GTM's model after it, and
 * nothing the hostile recording holds ran as script. The screenshot is kept as
 * {@code target/html-report/report.png} for a person to look at. Skipped without a browser unless
 * {@code DATALAYER_LINT_REQUIRE_CHROMIUM=1}; every wait is on a condition, the timeouts are hang guards only.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HtmlReportInBrowserTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final Path OUT = Path.of("target", "html-report");
    private static final String HOSTILE_NAME = "<img src=x onerror=window.pwned=1>.json";

    @TempDir
    static Path dir;

    private static RunOutcome outcome;
    private static ChromiumProcess browser;
    private static CdpConnection cdp;
    private static String session;

    @BeforeAll
    static void writeTheReportAndOpenIt() throws Exception {
        Path chromium = Browsers.chromium();
        Files.writeString(
                dir.resolve("checkout.ndjson"),
                String.join(
                                "\n",
                                line(0, "initial", "{\"event\":\"page_meta\",\"page\":\"checkout\"}"),
                                line(1, "push", "{\"ecommerce\":null}"),
                                "{\"recording\":\"r\",\"seq\":2,\"ts\":1796192348120,\"url\":\"http://127.0.0.1:8765/checkout.html\","
                                        + "\"source\":null,\"via\":\"network\",\"kind\":\"ga4\",\"hit\":{\"endpoint\":"
                                        + "\"http://127.0.0.1:8765/g/collect\",\"method\":\"POST\",\"params\":{\"v\":\"2\","
                                        + "\"en\":\"refund\",\"cu\":\"usd\",\"epn.value\":\"30\"}}}",
                                line(
                                        3,
                                        "push",
                                        "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T-1001\","
                                                + "\"currency\":\"usd\",\"value\":30}}"),
                                line(4, "push", "{\"event\":\"after_refund\"}"))
                        + "\n");
        Files.writeString(dir.resolve(HOSTILE_NAME), """
                [{"event": "refund", "ecommerce": {"transaction_id": "T9", "currency": "USD", "value": 1.5,
                  "</pre><script>window.pwned=3</script>": "<img src=x onerror=\\"window.pwned=4\\">"}}]
                """);
        Files.createDirectories(OUT);
        Path report = OUT.resolve("report.html").toAbsolutePath();
        outcome = LintRun.execute(
                RunOptions.builder(dir)
                        .input(new Input.PathInput(dir))
                        .formats(List.of("html"))
                        .output(report)
                        .build(),
                new StringWriter(),
                false);

        browser = ChromiumProcess.start(chromium, GENEROUS);
        cdp = CdpConnection.open(browser.browserWebSocket(), event -> {}, GENEROUS);
        String target = cdp.call(
                        null, "Target.createTarget", CdpConnection.params().put("url", "about:blank"), GENEROUS)
                .path("targetId")
                .asString();
        session = cdp.call(
                        null,
                        "Target.attachToTarget",
                        CdpConnection.params().put("targetId", target).put("flatten", true),
                        GENEROUS)
                .path("sessionId")
                .asString();
        cdp.call(session, "Page.enable", null, GENEROUS);
        cdp.call(
                session,
                "Emulation.setDeviceMetricsOverride",
                CdpConnection.params()
                        .put("width", 1280)
                        .put("height", 900)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false),
                GENEROUS);
        cdp.call(
                session,
                "Page.navigate",
                CdpConnection.params().put("url", report.toUri().toString()),
                GENEROUS);
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!"complete|file".equals(text("document.readyState + '|' + location.protocol.replace(':', '')"))) {
            assertThat(System.nanoTime()).as("the report did not load").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void closeTheBrowser() {
        if (cdp != null) {
            cdp.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDomHoldsEveryRecordingPushHitAndFinding() {
        assertThat(number("document.querySelectorAll('.recording').length")).isEqualTo(2);
        assertThat(number("document.querySelectorAll('.push').length")).isEqualTo(5);
        assertThat(number("document.querySelectorAll('.hit').length")).isEqualTo(1);
        int findings = outcome.report().findings().size();
        assertThat(findings).isGreaterThan(0);
        assertThat(number("document.querySelectorAll('.finding').length")).isEqualTo(findings);
        assertThat(text("document.getElementById('shown').textContent"))
                .isEqualTo(outcome.report().active().size() + " of " + findings + " findings shown");
        assertThat(text("Array.from(document.querySelectorAll('.finding')).map(f => f.textContent).join('\\n')"))
                .contains("schema.pattern")
                .contains("\"usd\"");
        assertThat(text("document.querySelector('.hit .event').textContent")).isEqualTo("refund");
    }

    @Test
    void nothingFromTheRecordingsRanOrBecameMarkup() {
        assertThat(text("String(window.pwned)")).isEqualTo("undefined");
        assertThat(number("document.images.length")).isZero();
        assertThat(number("document.scripts.length")).isEqualTo(1);
        assertThat(text("Array.from(document.querySelectorAll('h2')).map(h => h.textContent).join('|')"))
                .contains(HOSTILE_NAME);
    }

    @Test
    void aSeverityFilterHidesTheErrorsAndSelectingAPushShowsItsModel() throws Exception {
        long errors = outcome.report().active().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .count();
        assertThat(errors).isGreaterThan(0);
        long rest = outcome.report().active().size() - errors;
        text("document.querySelector('input[name=severity][value=error]').click(), ''");
        assertThat(text("document.getElementById('shown').textContent"))
                .isEqualTo(rest + " of " + outcome.report().findings().size() + " findings shown");
        assertThat(number("document.querySelectorAll('.finding.sev-error:not([hidden])').length"))
                .isZero();
        text("document.querySelector('input[name=severity][value=error]').click(), ''");

        String afterRefund = "Array.from(document.querySelectorAll('.push'))"
                + ".find(p => p.querySelector('.event').textContent === 'after_refund')";
        text(afterRefund + ".querySelector('.push-head').click(), ''");
        assertThat(text("String(" + afterRefund + ".classList.contains('selected'))"))
                .isEqualTo("true");
        assertThat(text(afterRefund + ".closest('.recording').querySelector('.model-view').textContent"))
                .contains("transaction_id: \"T-1001\"")
                .contains("event: \"after_refund\"");

        JsonNode shot = cdp.call(
                session, "Page.captureScreenshot", CdpConnection.params().put("format", "png"), GENEROUS);
        byte[] png = Base64.getDecoder().decode(shot.path("data").asString());
        Files.write(OUT.resolve("report.png"), png);
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
    }

    private static String line(int seq, String via, String push) {
        return "{\"recording\":\"r\",\"seq\":" + seq + ",\"ts\":" + (1796192348000L + seq)
                + ",\"url\":\"http://127.0.0.1:8765/checkout.html\",\"source\":{\"url\":"
                + "\"http://127.0.0.1:8765/refund.js\",\"line\":" + (seq + 1) + ",\"column\":11},\"via\":\"" + via
                + "\",\"kind\":\"object\",\"push\":" + push + "}";
    }

    private static JsonNode evaluate(String expression) {
        JsonNode result = cdp.call(
                session,
                "Runtime.evaluate",
                CdpConnection.params().put("expression", expression).put("returnByValue", true),
                GENEROUS);
        if (result.has("exceptionDetails")) {
            throw new CaptureException(expression + ": " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    private static String text(String expression) {
        return evaluate(expression).asString();
    }

    private static long number(String expression) {
        return evaluate(expression).asLong();
    }
}
