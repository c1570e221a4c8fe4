package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.rules.Ga4Vocabulary;
import dev.datalayerlint.core.values.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns what a browser sent to GA4 back into the event parameters a dataLayer push carries, so a hit can be checked
 * against the same GA4 contract as the push that led to it. gtag.js and GTM's GA4 tags flatten an event into
 * {@code /g/collect} parameters ({@code en} the name, {@code ep.*} text and {@code epn.*} number parameters,
 * {@code cu} the currency, {@code pr1}… one item each as {@code id…~nm…~pr…}); the Measurement Protocol posts JSON
 * ({@code {"events": [{"name", "params"}]}}). Both become {@code {"event": name, "ecommerce": {...}, ...}}. The
 * mapping is documented with its sources in docs/capture.md ("GA4 hits").
 */
public final class Ga4HitDecoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The two-letter keys of an item ({@code pr1=id…~nm…}) and the item parameters they stand for. */
    private static final Map<String, String> ITEM_KEYS = Map.ofEntries(
            Map.entry("id", "item_id"),
            Map.entry("nm", "item_name"),
            Map.entry("af", "affiliation"),
            Map.entry("cp", "coupon"),
            Map.entry("ds", "discount"),
            Map.entry("lp", "index"),
            Map.entry("br", "item_brand"),
            Map.entry("ca", "item_category"),
            Map.entry("c2", "item_category2"),
            Map.entry("c3", "item_category3"),
            Map.entry("c4", "item_category4"),
            Map.entry("c5", "item_category5"),
            Map.entry("li", "item_list_id"),
            Map.entry("ln", "item_list_name"),
            Map.entry("va", "item_variant"),
            Map.entry("lo", "location_id"),
            Map.entry("pr", "price"),
            Map.entry("qt", "quantity"));

    /** Item parameters GA4 receives as numbers. */
    private static final Set<String> ITEM_NUMBERS = Set.of("price", "quantity", "discount", "index");

    private static final Pattern ITEM_PARAM = Pattern.compile("pr([1-9][0-9]{0,3})");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern CUSTOM_PARAM = Pattern.compile("([kv])([0-9]+)(.*)", Pattern.DOTALL);

    private Ga4HitDecoder() {}

    /**
     * The parameters of a query string or of one line of a {@code /g/collect} body, URL-decoded and kept as the
     * strings they were; a malformed escape is kept as sent.
     */
    public static ObjectNode parameters(String rawQuery) {
        ObjectNode params = NODES.objectNode();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                params.put(
                        URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                params.put(key, value);
            }
        }
        return params;
    }

    /**
     * The hits of one {@code /g/collect} request: gtag.js batches events in a POST body, one hit per line, each
     * line's parameters added to those of the query string (which carries the shared ones: {@code v}, {@code tid},
     * {@code cu}…). A request without a body is one hit.
     */
    public static List<ObjectNode> collectHits(String rawQuery, String body) {
        List<String> lines = body == null || body.isBlank()
                ? List.of("")
                : body.lines().filter(line -> !line.isBlank()).toList();
        List<ObjectNode> hits = new ArrayList<>();
        for (String line : lines) {
            ObjectNode merged = parameters(rawQuery);
            merged.setAll(parameters(line));
            hits.add(merged);
        }
        return hits;
    }

    /**
     * The event a {@code /g/collect} hit carries, as a push would: {@code {"event": en, "ecommerce": {currency,
     * value, transaction_id, items, …}, other parameters…}}. Parameters outside the event ({@code v}, {@code tid},
     * {@code cid}, {@code dl}…) are left out; {@code epn.*} values and item prices and quantities become numbers
     * when they are written as numbers, anything else stays the text GA4 received (and fails the contract as such).
     */
    public static ObjectNode event(JsonNode params) {
        ObjectNode event = NODES.objectNode();
        ObjectNode ecommerce = NODES.objectNode();
        JsonNode name = params.get("en");
        if (name != null && name.isString()) {
            event.put("event", name.asString());
        }
        List<JsonNode> items = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : params.properties()) {
            String key = entry.getKey();
            String text = entry.getValue().asString("");
            if (key.equals("cu")) {
                ecommerce.put("currency", text);
            } else if (key.startsWith("ep.")) {
                place(event, ecommerce, key.substring(3), NODES.stringNode(text));
            } else if (key.startsWith("epn.")) {
                place(event, ecommerce, key.substring(4), number(text));
            } else if (ITEM_PARAM.matcher(key).matches()) {
                int position = Integer.parseInt(key.substring(2));
                while (items.size() < position) {
                    items.add(null);
                }
                items.set(position - 1, item(text));
            }
        }
        if (!items.isEmpty()) {
            ArrayNode array = ecommerce.putArray("items");
            items.forEach(item -> array.add(item == null ? NODES.objectNode() : item));
        }
        if (!ecommerce.isEmpty()) {
            event.set("ecommerce", ecommerce);
        }
        return event;
    }

    /**
     * The events of a Measurement Protocol body ({@code {"client_id", "events": [{"name", "params"}]}}), each as a
     * push would carry it; empty when the body holds no event list.
     */
    public static List<ObjectNode> measurementProtocolEvents(JsonNode body) {
        List<ObjectNode> events = new ArrayList<>();
        if (body == null || !body.path("events").isArray()) {
            return events;
        }
        for (JsonNode sent : body.get("events")) {
            ObjectNode event = NODES.objectNode();
            ObjectNode ecommerce = NODES.objectNode();
            if (sent.path("name").isString()) {
                event.put("event", sent.get("name").asString());
            }
            for (Map.Entry<String, JsonNode> param : sent.path("params").properties()) {
                place(event, ecommerce, param.getKey(), param.getValue());
            }
            if (!ecommerce.isEmpty()) {
                event.set("ecommerce", ecommerce);
            }
            events.add(event);
        }
        return events;
    }

    /** Which GA4 endpoint a request URL goes to. */
    public enum Endpoint {
        /** {@code /g/collect}: gtag.js and GTM's GA4 tags. */
        COLLECT,
        /** {@code /mp/collect}: the Measurement Protocol. */
        MEASUREMENT_PROTOCOL
    }

    /**
     * The GA4 endpoint a request goes to, recognised by path whatever the host (a first-party server-side GTM
     * endpoint too), or null when it is not a GA4 collect request.
     */
    public static Endpoint endpoint(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/g/collect")) {
            return Endpoint.COLLECT;
        }
        return path.endsWith("/mp/collect") ? Endpoint.MEASUREMENT_PROTOCOL : null;
    }

    /** A request URL as a URI, or null when it is not one. */
    public static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The body of a Measurement Protocol request as JSON, or null when it is not JSON. */
    public static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void place(ObjectNode event, ObjectNode ecommerce, String name, JsonNode value) {
        (Ga4Vocabulary.EVENT_PARAMETERS.contains(name) ? ecommerce : event).set(name, value);
    }

    /** One {@code prN} value: {@code id…~nm…~pr…~qt…}, custom parameters as {@code k0name~v0value} pairs. */
    private static ObjectNode item(String encoded) {
        ObjectNode item = NODES.objectNode();
        Map<String, String> customNames = new java.util.HashMap<>();
        Map<String, String> customValues = new java.util.LinkedHashMap<>();
        for (String part : encoded.split("~")) {
            if (part.length() < 2) {
                continue;
            }
            String key = part.substring(0, 2);
            String value = part.substring(2);
            String name = ITEM_KEYS.get(key);
            if (name != null) {
                item.set(name, ITEM_NUMBERS.contains(name) ? number(value) : NODES.stringNode(value));
            } else {
                java.util.regex.Matcher custom = CUSTOM_PARAM.matcher(part);
                if (custom.matches()) {
                    (custom.group(1).equals("k") ? customNames : customValues).put(custom.group(2), custom.group(3));
                }
            }
        }
        customValues.forEach((index, value) -> {
            String name = customNames.get(index);
            if (name != null) {
                item.put(name, value);
            }
        });
        return item;
    }

    /** A number as GA4 received it ({@code String(n)} of a JavaScript number), or the text when it is not one. */
    private static JsonNode number(String text) {
        if (JSON_NUMBER.matcher(text).matches()) {
            try {
                return Json.MAPPER.readTree(text);
            } catch (JacksonException e) {
                // fall through: kept as text
            }
        }
        return NODES.stringNode(text);
    }
}
