package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Fixtures;
import dev.datalayerlint.fixtures.PageServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GA4 hits a page sends (a batched {@code sendBeacon} POST and an image GET to {@code /g/collect} on 127.0.0.1) are
 * recorded as envelope lines next to the pushes, with their parameters decoded.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard: the waits are on hits and pushes arriving
class Ga4HitCaptureTest {

    @Test
    void recordsEveryHitWithItsParametersAndTheScriptThatSentIt() {
        Path chromium = Browsers.chromium();
        Path page = Fixtures.pages().resolve("ga4.html");
        try (PageServer server = PageServer.serve(Fixtures.pages())) {
            List<CaptureStep> steps = CaptureSteps.parse("steps.json", """
                    [{"goto": "%s"}, {"waitForHit": "refund"}, {"waitForHit": "page_view"}, {"waitForHit": "scroll"}]
                    """.formatted(server.url("ga4.html")));
            BrowserCapture.Result result = BrowserCapture.run(
                    steps, "steps.json", new BrowserCapture.Options(chromium, Duration.ofSeconds(60), Duration.ZERO));
            assertThat(result.failure()).isNull();
            List<ObjectNode> envelope = result.envelope("r");
            List<ObjectNode> hits = envelope.stream().filter(l -> l.has("hit")).toList();
            assertThat(hits)
                    .extracting(h -> h.get("hit").get("params").get("en").asString())
                    .containsExactlyInAnyOrder("refund", "page_view", "scroll");
            JsonNode refund = hits.stream()
                    .filter(h -> h.get("hit").get("params").get("en").asString().equals("refund"))
                    .findFirst()
                    .orElseThrow()
                    .get("hit");
            assertThat(refund.get("endpoint").asString()).isEqualTo(server.url("g/collect"));
            assertThat(refund.get("method").asString()).isEqualTo("POST");
            assertThat(refund.get("params").toString())
                    .isEqualTo("{\"v\":\"2\",\"tid\":\"G-TEST0001\",\"cu\":\"usd\",\"en\":\"refund\","
                            + "\"ep.transaction_id\":\"T-1001\",\"epn.value\":\"25\"}");
            JsonNode pageView = hits.stream()
                    .filter(h -> h.get("hit").get("params").get("en").asString().equals("page_view"))
                    .findFirst()
                    .orElseThrow();
            assertThat(pageView.get("hit").get("params").get("ep.page_title").asString())
                    .isEqualTo("Refund done");
            assertThat(pageView.get("kind").asString()).isEqualTo("ga4");
            assertThat(pageView.get("url").asString()).isEqualTo(server.url("ga4.html"));
            ObjectNode beacon = hits.stream()
                    .filter(h -> h.get("hit").get("method").asString().equals("POST"))
                    .findFirst()
                    .orElseThrow();
            assertThat(beacon.get("source").get("url").asString()).isEqualTo(server.url("ga4.html"));
            assertThat(beacon.get("source").get("line").asInt()).isEqualTo(Fixtures.lineOf(page, "// at: beacon"));
            for (int i = 0; i < envelope.size(); i++) {
                assertThat(envelope.get(i).get("seq").asInt()).isEqualTo(i);
                assertThat(EnvelopeSchema.violations(envelope.get(i)))
                        .as(envelope.get(i).toString())
                        .isEmpty();
            }
            assertThat(envelope.stream().filter(l -> l.has("push")).count()).isEqualTo(1);
        }
    }
}
