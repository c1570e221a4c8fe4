package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.recording.Ga4HitDecoder;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GA4 hit the page sent, seen as a network request ({@code Network.requestWillBeSent}): what GA4 received, which
 * can differ from the push that led to it. Recognised by path, whatever the host (a first-party server-side GTM
 * endpoint too): {@code /g/collect} (gtag.js and GTM's GA4 tags; a POST body holds one hit per line, each line's
 * parameters added to the query string's) and {@code /mp/collect} (Measurement Protocol, a JSON body). See
 * docs/capture.md.
 *
 * @param hit {@code {"endpoint", "method", "params": {...}}} for {@code /g/collect}; {@code "body"} for
 *     {@code /mp/collect}
 */
public record Ga4Hit(long ts, String url, SourceLocation source, ObjectNode hit) {

    /** The hits of one request, empty when it is not a GA4 collect request. */
    static List<Ga4Hit> fromRequest(JsonNode params) {
        JsonNode request = params.path("request");
        String url = request.path("url").asString("");
        URI uri = Ga4HitDecoder.uri(url);
        Ga4HitDecoder.Endpoint kind = uri == null ? null : Ga4HitDecoder.endpoint(uri);
        if (kind == null) {
            return List.of();
        }
        boolean measurementProtocol = kind == Ga4HitDecoder.Endpoint.MEASUREMENT_PROTOCOL;
        long ts = Math.round(params.path("wallTime").asDouble(0) * 1000);
        String page = params.path("documentURL").asString("");
        SourceLocation source = initiator(params.path("initiator"));
        String endpoint = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String method = request.path("method").asString("GET");
        String body = body(request);
        List<Ga4Hit> hits = new ArrayList<>();
        if (measurementProtocol) {
            ObjectNode hit = base(endpoint, method);
            hit.set("params", Ga4HitDecoder.parameters(uri.getRawQuery()));
            try {
                hit.set("body", body == null || body.isBlank() ? null : Json.MAPPER.readTree(body));
            } catch (RuntimeException e) {
                hit.put("body", body);
            }
            hits.add(new Ga4Hit(ts, page, source, hit));
            return hits;
        }
        for (ObjectNode merged : Ga4HitDecoder.collectHits(uri.getRawQuery(), body)) {
            ObjectNode hit = base(endpoint, method);
            hit.set("params", merged);
            hits.add(new Ga4Hit(ts, page, source, hit));
        }
        return hits;
    }

    /** The GA4 event name ({@code en}) of a {@code /g/collect} hit, else null. */
    public String eventName() {
        JsonNode en = hit.path("params").get("en");
        return en != null && en.isString() ? en.asString() : null;
    }

    private static ObjectNode base(String endpoint, String method) {
        ObjectNode hit = Json.MAPPER.createObjectNode();
        hit.put("endpoint", endpoint);
        hit.put("method", method);
        return hit;
    }

    private static String body(JsonNode request) {
        if (request.path("postData").isString()) {
            return request.get("postData").asString();
        }
        JsonNode entries = request.path("postDataEntries");
        if (!entries.isArray() || entries.isEmpty()) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (JsonNode entry : entries) {
            try {
                body.append(new String(
                        Base64.getDecoder().decode(entry.path("bytes").asString("")), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not base64: skip the part
            }
        }
        return body.toString();
    }

    private static SourceLocation initiator(JsonNode initiator) {
        for (JsonNode frame : initiator.path("stack").path("callFrames")) {
            String url = frame.path("url").asString("");
            if (url.isEmpty()
                    || url.contains("googletagmanager.com")
                    || url.contains("/gtm.js")
                    || url.contains("/gtag/js")) {
                continue;
            }
            return new SourceLocation(
                    url,
                    frame.path("lineNumber").asInt(0) + 1,
                    frame.path("columnNumber").asInt(0) + 1);
        }
        return null;
    }
}
