package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Json;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The capture envelope: one NDJSON line per push a browser made, with the recording it belongs to, its order, its
 * time, the page and the script that pushed it (docs/capture.md holds the format and its JSON Schema). The browser
 * capture writes it, {@code validate} reads it, and a distributed pipeline can group it by {@code recording}: one
 * self-describing line each, so lines of many recordings may be shuffled and still be put back in order.
 *
 * <p>Values JSON cannot hold travel as marker objects, {@code {"$js": "undefined"}}, {@code {"$js": "function"}},
 * {@code {"$js": "number", "value": "NaN"}}; DOM nodes, cycles and the like as {@code {"$js": "node" | "cycle" |
 * …}} placeholders, which stay plain objects for the linter.
 */
public final class CaptureEnvelope {

    public static final String RECORDING = "recording";
    public static final String SEQ = "seq";
    public static final String TS = "ts";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String VIA = "via";
    public static final String KIND = "kind";
    public static final String PUSH = "push";
    public static final String HIT = "hit";

    /** The marker key of a value JSON cannot hold. */
    public static final String MARKER = "$js";

    private static final Map<String, Double> NON_FINITE =
            Map.of("NaN", Double.NaN, "Infinity", Double.POSITIVE_INFINITY, "-Infinity", Double.NEGATIVE_INFINITY);

    private CaptureEnvelope() {}

    /** One line of the envelope, ready to be written with {@link Json#MAPPER}. */
    public static ObjectNode line(
            String recording,
            long seq,
            long ts,
            String url,
            SourceLocation source,
            String via,
            PushKind kind,
            JsonNode push) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put(RECORDING, recording);
        line.put(SEQ, seq);
        line.put(TS, ts);
        line.put(URL, url);
        if (source == null) {
            line.putNull(SOURCE);
        } else {
            line.putObject(SOURCE)
                    .put(URL, source.file())
                    .put("line", source.line())
                    .put("column", source.column());
        }
        line.put(VIA, via);
        line.put(KIND, kind.name().toLowerCase(Locale.ROOT));
        line.set(PUSH, push);
        return line;
    }

    /** One line of the envelope for a GA4 hit the page sent: {@code via} is {@code "network"}, {@code kind} {@code "ga4"}. */
    public static ObjectNode hitLine(
            String recording, long seq, long ts, String url, SourceLocation source, JsonNode hit) {
        ObjectNode line = line(recording, seq, ts, url, source, "network", PushKind.OTHER, hit);
        line.remove(PUSH);
        line.put(KIND, "ga4");
        line.set(HIT, hit);
        return line;
    }

    /** Whether a line read from an NDJSON file is an envelope line rather than a bare push. */
    public static boolean isEnvelope(JsonNode line) {
        return line.isObject()
                && line.path(RECORDING).isString()
                && line.path(SEQ).isIntegralNumber()
                && (line.has(PUSH) || line.has(HIT));
    }

    /** Whether an envelope line carries a push (the others carry GA4 hits). */
    public static boolean holdsPush(JsonNode line) {
        return line.has(PUSH);
    }

    /**
     * The push an envelope line carries, located at the script that pushed it where the envelope knows it, else at
     * {@code fallback} (the line in the envelope file).
     */
    public static Push toPush(int index, JsonNode line, SourceLocation fallback) {
        JsonNode payload = decode(line.get(PUSH));
        SourceLocation location = sourceOf(line, fallback);
        boolean gtag = "gtag".equals(line.path(KIND).asString(""));
        if (gtag && payload.isArray()) {
            return new Push(index, payload, location, PushKind.GTAG);
        }
        return new Push(index, payload, location, Push.kindOf(payload, false));
    }

    /**
     * The GA4 events a hit line carries, decoded ({@link Ga4HitDecoder}) and located like a push: a {@code
     * /g/collect} hit is one event, a {@code /mp/collect} request one per event of its body.
     *
     * @param firstIndex the index of the first event; the others follow
     */
    public static java.util.List<Push> toHits(int firstIndex, JsonNode line, SourceLocation fallback) {
        JsonNode hit = line.path(HIT);
        SourceLocation location = sourceOf(line, fallback);
        java.util.List<Push> hits = new java.util.ArrayList<>();
        if (hit.path("endpoint").asString("").endsWith("/mp/collect")) {
            for (ObjectNode event : Ga4HitDecoder.measurementProtocolEvents(hit.get("body"))) {
                hits.add(new Push(firstIndex + hits.size(), event, location, PushKind.GA4_HIT));
            }
        } else if (hit.path("params").isObject()) {
            hits.add(new Push(firstIndex, Ga4HitDecoder.event(hit.get("params")), location, PushKind.GA4_HIT));
        }
        return hits;
    }

    /** Where an envelope line's push or hit came from: its {@code source} script where known, else {@code fallback}. */
    public static SourceLocation sourceOf(JsonNode line, SourceLocation fallback) {
        JsonNode source = line.path(SOURCE);
        return source.path(URL).isString() && source.path("line").canConvertToInt()
                ? new SourceLocation(
                        source.get(URL).asString(),
                        source.get("line").asInt(),
                        source.path("column").asInt(0))
                : fallback;
    }

    /** A captured value with its markers turned back into what the linter knows ({@link JsValues}). */
    public static JsonNode decode(JsonNode value) {
        if (value == null) {
            return JsValues.UNDEFINED;
        }
        if (value.isObject()) {
            JsonNode marker = value.get(MARKER);
            if (marker != null && marker.isString()) {
                switch (marker.asString()) {
                    case "undefined" -> {
                        return JsValues.UNDEFINED;
                    }
                    case "function" -> {
                        return JsValues.FUNCTION;
                    }
                    case "number" -> {
                        Double number = NON_FINITE.get(value.path("value").asString(""));
                        if (number != null) {
                            return JsonNodeFactory.instance.numberNode(number);
                        }
                    }
                    default -> {
                        // a placeholder (node, cycle, window, …): kept as the object it is
                    }
                }
                return value;
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.properties().forEach(e -> copy.set(e.getKey(), decode(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            value.forEach(item -> copy.add(decode(item)));
            return copy;
        }
        return value;
    }
}
