package dev.datalayerlint.core.spi;

import dev.datalayerlint.core.values.JsValues;
import tools.jackson.databind.JsonNode;

/**
 * One call of {@code dataLayer.push} as recorded, with where it was made. JavaScript values that JSON cannot hold
 * ({@code undefined}, functions, {@code NaN}) are represented by {@link JsValues}.
 *
 * @param index 0-based position in its recording
 * @param location where the push was made: the {@code push(} call, the start of the JSON value
 * @param fields where each of its fields is written, for findings about one field
 */
public record Push(int index, JsonNode payload, SourceLocation location, PushKind kind, FieldLocator fields) {

    public Push {
        fields = fields == null ? FieldLocator.NONE : fields;
    }

    /** A push whose fields cannot be located in a source (pushes handed over in memory). */
    public Push(int index, JsonNode payload, SourceLocation location, PushKind kind) {
        this(index, payload, location, kind, FieldLocator.NONE);
    }

    /**
     * Where a finding at {@code pointer} belongs: the field's own key where the source shows it, else the push.
     *
     * @param pointer an RFC 6901 pointer into the payload; {@code ""} is the push itself
     */
    public SourceLocation locationOf(String pointer) {
        if (pointer == null || pointer.isEmpty() || location.line() <= 0) {
            return location;
        }
        try {
            return fields.locate(pointer).orElse(location);
        } catch (RuntimeException unlocatable) {
            return location; // a locator never costs a finding: the push's own location is still right
        }
    }

    /** Equal pushes hold the same value at the same place; how their fields are found is not part of the value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Push push
                && index == push.index
                && payload.equals(push.payload)
                && location.equals(push.location)
                && kind == push.kind;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, payload, location, kind);
    }

    /**
     * The {@code event} of an object push (or of a GA4 hit's decoded event) or the event name of a
     * {@code gtag('event', name, …)} push, else null.
     */
    public String eventName() {
        if (kind == PushKind.OBJECT || kind == PushKind.GA4_HIT) {
            JsonNode event = payload.get("event");
            return event != null && event.isString() ? event.asString() : null;
        }
        if (kind == PushKind.GTAG
                && payload.size() >= 2
                && "event".equals(payload.get(0).asString(""))
                && payload.get(1).isString()) {
            return payload.get(1).asString();
        }
        return null;
    }

    /** Whether this is a GA4 hit the page sent rather than a dataLayer push. */
    public boolean isHit() {
        return kind == PushKind.GA4_HIT;
    }

    /**
     * A push read from a JSON dump. {@code JSON.stringify(window.dataLayer)} writes a {@code gtag()} call's
     * arguments object as {@code {"0": "event", "1": "refund", "2": {...}}}; such an object is turned back into the
     * arguments it was, so the dump validates like the page did.
     */
    public static Push fromJson(int index, JsonNode payload, SourceLocation location) {
        return fromJson(index, payload, location, FieldLocator.NONE);
    }

    /** As {@link #fromJson(int, JsonNode, SourceLocation)}, with where its fields are written. */
    public static Push fromJson(int index, JsonNode payload, SourceLocation location, FieldLocator fields) {
        if (payload.isObject() && !payload.isEmpty() && isArgumentsObject(payload)) {
            tools.jackson.databind.node.ArrayNode arguments =
                    tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < payload.size(); i++) {
                arguments.add(payload.get(Integer.toString(i)));
            }
            return new Push(index, arguments, location, PushKind.GTAG, fields);
        }
        return new Push(index, payload, location, kindOf(payload, false), fields);
    }

    private static boolean isArgumentsObject(JsonNode object) {
        for (int i = 0; i < object.size(); i++) {
            if (!object.has(Integer.toString(i))) {
                return false;
            }
        }
        return object.get("0").isString();
    }

    /** Classifies a payload the way GTM's dataLayer does. */
    public static PushKind kindOf(JsonNode payload, boolean argumentsObject) {
        if (JsValues.isFunction(payload)) {
            return PushKind.FUNCTION;
        }
        if (payload.isObject()) {
            return PushKind.OBJECT;
        }
        if (payload.isArray()) {
            return argumentsObject ? PushKind.GTAG : PushKind.COMMAND;
        }
        return PushKind.OTHER;
    }
}
