package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.net.URI;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the GA4 hits of a HAR file (HTTP Archive 1.2, as Chrome DevTools' Network panel exports it with "Save all as
 * HAR"): every entry whose request goes to a path ending in {@code /g/collect} or {@code /mp/collect}, whatever the
 * host, becomes one {@link PushKind#GA4_HIT} per event it carries (a batched {@code /g/collect} body holds one hit
 * per line). A HAR holds what the browser sent, not the dataLayer pushes: on its own it is checked against the GA4
 * contracts; next to a recording of the same name the hits are compared with the pushes too (see FileRun). Each
 * hit is located at the start of its entry in the file. Entries are streamed, so a large HAR is not held whole.
 */
public final class HarRecordingReader implements RecordingReader {

    @Override
    public void read(RecordingSource source, PushSink sink) {
        JsonRecordingReader.parse(source, sink, HarRecordingReader::readEntries);
    }

    /** Whether a JSON document is a HAR ({@code {"log": {"entries": [...]}}}), so a {@code .json} export is read as one. */
    public static boolean isHar(JsonNode document) {
        return document != null
                && document.path("log").isObject()
                && document.path("log").path("entries").isArray();
    }

    private static void readEntries(RecordingSource source, JsonParser parser, PushSink sink) {
        if (parser.nextToken() != JsonToken.START_OBJECT || !enter(parser, "log") || !enter(parser, "entries")) {
            sink.problem(
                    InputRules.SYNTAX,
                    "not a HAR file: expected {\"log\": {\"entries\": [...]}} as Chrome DevTools exports it",
                    SourceLocation.of(source.name()));
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            sink.problem(
                    InputRules.SYNTAX,
                    "log.entries of a HAR file must be an array",
                    JsonRecordingReader.locate(source, parser.currentTokenLocation()));
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SourceLocation at = JsonRecordingReader.locate(source, parser.currentTokenLocation());
            JsonNode entry = parser.readValueAsTree();
            for (ObjectNode event : events(entry.path("request"))) {
                sink.push(new Push(index++, event, at, PushKind.GA4_HIT));
            }
        }
    }

    /** Moves into the member {@code name} of the object the parser stands at, skipping the others. */
    private static boolean enter(JsonParser parser, String name) {
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            if (property.equals(name)) {
                return true;
            }
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
        return false;
    }

    /** The GA4 events of one HAR request, none when it is not a GA4 collect request. */
    private static List<ObjectNode> events(JsonNode request) {
        URI uri = Ga4HitDecoder.uri(request.path("url").asString(""));
        Ga4HitDecoder.Endpoint endpoint = uri == null ? null : Ga4HitDecoder.endpoint(uri);
        if (endpoint == null) {
            return List.of();
        }
        String body = request.path("postData").path("text").asString(null);
        return switch (endpoint) {
            case MEASUREMENT_PROTOCOL -> Ga4HitDecoder.measurementProtocolEvents(Ga4HitDecoder.json(body));
            case COLLECT ->
                Ga4HitDecoder.collectHits(uri.getRawQuery(), body).stream()
                        .map(Ga4HitDecoder::event)
                        .toList();
        };
    }
}
