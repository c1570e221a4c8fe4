package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.fixtures.Fixtures;
import dev.datalayerlint.fixtures.PageServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The recipe of docs/capture.md for a team's own Selenium 4 test, run as written there: Debian's
 * {@code chromium-driver} drives Chromium, the recorder is injected with one CDP command, the test clicks through
 * the checkout page, collects what the page kept with {@link DataLayerRecorder#TAKE}, and lints it with a
 * {@link LintProfile}. The broken refund is found at the external script's line. Skipped without chromedriver unless
 * {@code DATALAYER_LINT_REQUIRE_CHROMIUM=1}; every wait is on a condition, the timeout is a hang guard only.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SeleniumRecipeTest {

    private static final Path PAGES = Fixtures.pages();

    @TempDir
    Path profile;

    @Test
    void aSeleniumTestRecordsThePushesAndTheProfileFindsTheBrokenRefundAtItsLine() throws Exception {
        Path chromium = Browsers.chromium();
        Path chromedriver = chromedriver();
        // Selenium warns that it bundles no DevTools classes for this Chromium: the recipe needs none.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        List<Object> collected = new ArrayList<>();
        String refundUrl;
        try (PageServer server = PageServer.serve(PAGES)) {
            refundUrl = server.url("refund.js");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(
                    "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
            if ("root".equals(System.getProperty("user.name"))) {
                options.addArguments("--no-sandbox");
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                // --- the recipe (docs/capture.md) ---
                driver.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", DataLayerRecorder.script()));
                driver.get(server.url("checkout.html"));
                awaitEvent(driver, "timer_push");
                driver.findElement(By.id("buy")).click();
                collected.addAll((List<?>) driver.executeScript("return " + DataLayerRecorder.TAKE));
            } finally {
                driver.quit();
            }
        }
        List<Push> pushes = DataLayerRecorder.pushes(collected);
        RecordingResult result = LintProfile.defaults().lintPushes("checkout", pushes);
        // --- end of the recipe ---

        assertThat(pushes)
                .extracting(p -> String.valueOf(p.eventName()))
                .containsExactly(
                        "page_meta",
                        "null",
                        "null",
                        "page_view",
                        "inline_push",
                        "null",
                        "refund",
                        "reassigned",
                        "timer_push",
                        "gtm.click",
                        "cyclic");
        Path refund = PAGES.resolve("refund.js");
        Finding currency = result.findings().stream()
                .filter(f -> f.ruleId().equals("schema.pattern"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
        assertThat(currency.location())
                .isEqualTo(new SourceLocation(refundUrl, Fixtures.lineOf(refund, "// expect: schema.pattern"), 11));
        assertThat(currency.pointer()).isEqualTo("/ecommerce/currency");
        // driver.quit() stopped chromedriver and the browser it started
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .toList())
                .isEmpty();
    }

    /** The page's own {@code dataLayer} is left alone by the recorder: the test can wait on it as usual. */
    private static void awaitEvent(ChromeDriver driver, String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Boolean.TRUE.equals(driver.executeScript(
                "var e = arguments[0]; return (window.dataLayer || []).some(function (p) { return p && p.event === e; })",
                event))) {
            assertThat(System.nanoTime()).as("the page pushed no " + event).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Path chromedriver() {
        Optional<Path> found = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "chromedriver"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            if ("1".equals(System.getenv("DATALAYER_LINT_REQUIRE_CHROMIUM"))) {
                fail("no chromedriver on PATH (Debian: apt-get install chromium-driver) and"
                        + " DATALAYER_LINT_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort("no chromedriver on PATH");
        }
        return found.get();
    }
}
