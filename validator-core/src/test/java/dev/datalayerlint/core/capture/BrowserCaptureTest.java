package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.fixtures.Fixtures;
import dev.datalayerlint.fixtures.PageServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Captures the checkout test page in a real headless Chromium and checks every line of the envelope: order, kind,
 * page and the script location of each push. Every wait is on a condition (an event pushed, all reports arrived);
 * the timeouts are hang guards only.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class BrowserCaptureTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final Path PAGES = Fixtures.pages();

    private static PageServer server;
    private static BrowserCapture.Result journey;
    private static List<ObjectNode> envelope;

    @BeforeAll
    static void captureTheCheckoutJourney() {
        Path chromium = Browsers.chromium();
        server = PageServer.serve(PAGES);
        List<CaptureStep> steps = CaptureSteps.parse("steps.json", """
                [
                  {"goto": "%s"},
                  {"waitFor": "timer_push"},
                  {"click": "#buy"},
                  {"waitFor": "cyclic"},
                  {"click": "#next"},
                  {"waitFor": "thanks_view"}
                ]
                """.formatted(server.url("checkout.html")));
        journey =
                BrowserCapture.run(steps, "steps.json", new BrowserCapture.Options(chromium, GENEROUS, Duration.ZERO));
        envelope = journey.envelope("rec-1");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void recordsEveryPushInOrderAcrossBothPages() {
        assertThat(journey.failure()).isNull();
        assertThat(envelope)
                .extracting(this::label)
                .containsExactly(
                        "initial page_meta",
                        "initial {user_type}",
                        "push gtag js",
                        "push gtag event",
                        "push inline_push",
                        "push {ecommerce}",
                        "push refund",
                        "reassign reassigned",
                        "push timer_push",
                        "push gtm.click",
                        "push cyclic",
                        "initial thanks_view".replace("initial", "push"));
        for (int i = 0; i < envelope.size(); i++) {
            ObjectNode line = envelope.get(i);
            assertThat(line.get("recording").asString()).isEqualTo("rec-1");
            assertThat(line.get("seq").asInt()).isEqualTo(i);
            assertThat(line.get("ts").asLong()).isPositive();
            assertThat(CaptureEnvelope.isEnvelope(line)).isTrue();
        }
        assertThat(envelope.getLast().get("url").asString()).isEqualTo(server.url("thanks.html"));
        assertThat(envelope.getFirst().get("url").asString()).isEqualTo(server.url("checkout.html"));
    }

    @Test
    void locatesEachPushAtTheScriptThatMadeIt() {
        Path checkout = PAGES.resolve("checkout.html");
        Path refund = PAGES.resolve("refund.js");
        assertThat(source(event("page_meta")))
                .isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: initial")));
        assertThat(source(envelope.get(3))).isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: gtag")));
        assertThat(source(event("inline_push")))
                .isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: inline")));
        assertThat(source(envelope.get(5))).isEqualTo(at("refund.js", Fixtures.lineOf(refund, "// at: clear")));
        assertThat(source(event("refund"))).isEqualTo(at("refund.js", Fixtures.lineOf(refund, "// expect:")));
        assertThat(source(event("reassigned")))
                .isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: reassign")));
        assertThat(source(event("timer_push")))
                .isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: timer")));
        assertThat(source(event("gtm.click")))
                .isEqualTo(at("checkout.html", Fixtures.lineOf(checkout, "// at: click")));
        assertThat(source(event("thanks_view")))
                .isEqualTo(at("thanks.html", Fixtures.lineOf(PAGES.resolve("thanks.html"), "// at: thanks")));
        assertThat(event("refund").get("source").get("column").asInt()).isEqualTo(11); // the 'push' of dataLayer.push
    }

    @Test
    void gtagCallsAreArgumentsAndViaTellsHowThePushCame() {
        ObjectNode pageView = envelope.get(3);
        assertThat(pageView.get("kind").asString()).isEqualTo("gtag");
        assertThat(pageView.get("push").toString())
                .isEqualTo("[\"event\",\"page_view\",{\"page_title\":\"Checkout\"}]");
        assertThat(envelope.get(2).get("push").get(1).asString()).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(event("page_meta").get("via").asString()).isEqualTo("initial");
        assertThat(event("reassigned").get("via").asString()).isEqualTo("reassign");
        assertThat(event("refund").get("kind").asString()).isEqualTo("object");
    }

    @Test
    void domNodesFunctionsUndefinedNaNAndCyclesBecomePlaceholders() {
        JsonNode click = event("gtm.click").get("push");
        assertThat(click.get("gtm.element").toString())
                .isEqualTo("{\"$js\":\"node\",\"nodeName\":\"BUTTON\",\"id\":\"buy\",\"className\":\"cta\"}");
        assertThat(click.get("eventCallback").get("$js").asString()).isEqualTo("function");
        assertThat(click.get("note").toString()).isEqualTo("{\"$js\":\"undefined\"}");
        assertThat(click.get("score").toString()).isEqualTo("{\"$js\":\"number\",\"value\":\"NaN\"}");
        assertThat(event("cyclic").get("push").get("model").toString())
                .isEqualTo("{\"name\":\"loop\",\"self\":{\"$js\":\"cycle\"}}");
    }

    @Test
    void everyLineMatchesTheEnvelopeSchemaAndTheDocsShowThatSchema() throws Exception {
        for (ObjectNode line : envelope) {
            assertThat(EnvelopeSchema.violations(line)).as(line.toString()).isEmpty();
        }
        Path docs = Fixtures.root().getParent().getParent().resolve("docs/capture.md");
        assertThat(java.nio.file.Files.readString(docs)).contains(EnvelopeSchema.TEXT.strip());
    }

    @Test
    void theBrowserIsGoneAfterTheCapture() {
        // Every browser this JVM started, and every process they started, has exited.
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .toList())
                .isEmpty();
        assertThat(Browsers.orphans()).isEmpty();
    }

    private String label(ObjectNode line) {
        JsonNode push = line.get("push");
        String what;
        if (push.isArray()) {
            what = "gtag " + push.get(0).asString();
        } else if (push.has("event")) {
            what = push.get("event").asString();
        } else {
            what = "{" + String.join(",", push.propertyNames()) + "}";
        }
        return line.get("via").asString() + " " + what;
    }

    private ObjectNode event(String name) {
        return envelope.stream()
                .filter(l -> name.equals(l.get("push").path("event").asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no push of event " + name));
    }

    private static String source(ObjectNode line) {
        JsonNode source = line.get("source");
        return source.get("url").asString() + ":" + source.get("line").asInt();
    }

    private static String at(String page, int line) {
        return server.url(page) + ":" + line;
    }
}
