package dev.datalayerlint.core.spi;

import dev.datalayerlint.core.values.JsValues;
import tools.jackson.databind.JsonNode;

/**
 * One call of {@code dataLayer.push} as recorded, with where it was made. JavaScript values that JSON cannot hold
 * ({@code undefined}, functions, {@code NaN}) are represented by {@link JsValues}.
 *
 * @param index 0-based position in its recording
 */
public record Push(int index, JsonNode payload, SourceLocation location, PushKind kind) {

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
        if (payload.isObject() && !payload.isEmpty() && isArgumentsObject(payload)) {
            tools.jackson.databind.node.ArrayNode arguments =
                    tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < payload.size(); i++) {
                arguments.add(payload.get(Integer.toString(i)));
            }
            return new Push(index, arguments, location, PushKind.GTAG);
        }
        return new Push(index, payload, location, kindOf(payload, false));
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
