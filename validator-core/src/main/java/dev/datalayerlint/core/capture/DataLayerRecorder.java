package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataLayer recorder a browser runs before any page script: it watches {@code window.dataLayer} (the initial
 * array, every reassignment, every {@code push} including GTM's wrapped one and {@code gtag()}'s arguments) and
 * reports each push as one JSON string through a DevTools binding, with a per-document sequence number, a time, the
 * page URL and the calling script's URL:line:column. Public so that a team's own Selenium or Playwright test can
 * inject {@link #script(String)} and turn what the binding received into envelope lines with {@link #parse}.
 */
public final class DataLayerRecorder {

    /** The binding name the capture uses. */
    public static final String BINDING = "__datalayerLintPush";

    private static final String TEMPLATE = load();

    private DataLayerRecorder() {}

    /**
     * A JavaScript expression that returns the reports {@link #script()} kept in the page since it was last
     * evaluated (an array of strings) and forgets them: Selenium's {@code executeScript("return " + TAKE)},
     * Playwright's {@code page.evaluate(TAKE)}. Evaluate it before the page navigates away: a page's reports leave
     * with it.
     */
    public static final String TAKE = "(window.__datalayerLintRecorder && window.__datalayerLintRecorder.take"
            + " ? window.__datalayerLintRecorder.take() : [])";

    /** The recorder, reporting through the binding {@code bindingName} (a JavaScript identifier). */
    public static String script(String bindingName) {
        if (!bindingName.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("not a JavaScript identifier: " + bindingName);
        }
        return TEMPLATE.replace("__BINDING__", bindingName);
    }

    /**
     * The recorder for a browser driven by a team's own test (Selenium, Playwright), which needs no DevTools binding:
     * it keeps its reports in the page until {@link #TAKE} collects them. Inject it to run before the page's scripts
     * (Selenium: CDP {@code Page.addScriptToEvaluateOnNewDocument}; Playwright: {@code page.addInitScript}).
     */
    public static String script() {
        return TEMPLATE.replace("__BINDING__", "");
    }

    /**
     * The pushes of what {@link #TAKE} returned (one or several collections, concatenated, in any order), ordered as
     * the pages made them and located at the script that pushed, ready for
     * {@code LintProfile.lintPushes(name, pushes)}. A push no page script made (the stack held only the recorder's,
     * gtag's or GTM's frames) is located at the page's URL.
     *
     * @param collected the strings {@link #TAKE} returned; anything else in the list is skipped
     */
    public static List<Push> pushes(Collection<?> collected) {
        List<Report> reports = new ArrayList<>();
        for (Object payload : collected) {
            if (payload instanceof String text) {
                try {
                    reports.add(parse(text));
                } catch (RuntimeException e) {
                    // not the recorder's report: nothing to lint
                }
            }
        }
        List<ObjectNode> lines = envelope("browser-test", reports);
        List<Push> pushes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = lines.get(i);
            pushes.add(CaptureEnvelope.toPush(
                    i, line, SourceLocation.of(line.path(CaptureEnvelope.URL).asString(""))));
        }
        return pushes;
    }

    /**
     * One report as the binding received it.
     *
     * @param document the document's {@code performance.timeOrigin}: pushes of a later page sort after earlier ones
     * @param seq 1-based order within its document
     */
    public record Report(
            double document,
            long seq,
            long ts,
            String url,
            SourceLocation source,
            String via,
            boolean arguments,
            JsonNode push) {

        /** Orders a journey's reports: by document, then by the sequence the page gave them. */
        public static final Comparator<Report> ORDER =
                Comparator.comparingDouble(Report::document).thenComparingLong(Report::seq);

        /** The envelope line of this report at position {@code seq} of recording {@code recording}. */
        public ObjectNode toEnvelope(String recording, long envelopeSeq) {
            PushKind kind = arguments && push.isArray() ? PushKind.GTAG : kindOf(push);
            return CaptureEnvelope.line(recording, envelopeSeq, ts, url, source, via, kind, push);
        }

        /** The {@code event} of an object push, else null. */
        public String eventName() {
            JsonNode event = push.get("event");
            return push.isObject() && event != null && event.isString() ? event.asString() : null;
        }

        private static PushKind kindOf(JsonNode push) {
            if (push.isObject()
                    && "function".equals(push.path(CaptureEnvelope.MARKER).asString(""))) {
                return PushKind.FUNCTION;
            }
            return push.isObject() ? PushKind.OBJECT : push.isArray() ? PushKind.COMMAND : PushKind.OTHER;
        }
    }

    /** Parses what the recorder sent through the binding. */
    public static Report parse(String payload) {
        JsonNode report = Json.MAPPER.readTree(payload);
        JsonNode source = report.path("source");
        SourceLocation location = source.isObject()
                ? new SourceLocation(
                        source.path("url").asString(""),
                        source.path("line").asInt(0),
                        source.path("column").asInt(0))
                : null;
        return new Report(
                report.path("document").asDouble(0),
                report.path("seq").asLong(0),
                report.path("ts").asLong(0),
                report.path("url").asString(""),
                location,
                report.path("via").asString("push"),
                report.path("arguments").asBoolean(false),
                report.has("push") ? report.get("push") : Json.MAPPER.createObjectNode());
    }

    /** Envelope lines of a journey's reports, put in order and numbered from 0. */
    public static List<ObjectNode> envelope(String recording, List<Report> reports) {
        List<Report> ordered = reports.stream().sorted(Report.ORDER).toList();
        List<ObjectNode> lines = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            lines.add(ordered.get(i).toEnvelope(recording, i));
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = DataLayerRecorder.class.getResourceAsStream("recorder.js")) {
            if (in == null) {
                throw new IllegalStateException("recorder.js missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
