package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Pointers;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What GA4 would receive of a JavaScript value, as {@code JSON.stringify} sees it: {@code undefined} and functions
 * are absent (null inside arrays), NaN and the infinities become null. Contracts are checked on this view; the
 * non-finite numbers are reported on their own so a person learns why a value vanished.
 */
final class JsonView {

    private JsonView() {}

    /** The payload as JSON; the same instance when it holds nothing JSON cannot say (the common case). */
    static JsonNode of(JsonNode node) {
        return isPlain(node) ? node : convert(node);
    }

    /** Reports every NaN or infinity below {@code node}; pointers are prefixed with {@code base}. */
    static void nonFinite(JsonNode node, String base, List<Violation> out) {
        // Pointers are built only on the way to a finding: a push without NaN costs one walk and no string.
        if (holdsNonFinite(node)) {
            report(node, base, out);
        }
    }

    private static boolean holdsNonFinite(JsonNode node) {
        if (JsValues.isNonFinite(node)) {
            return true;
        }
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (holdsNonFinite(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void report(JsonNode node, String base, List<Violation> out) {
        if (JsValues.isNonFinite(node)) {
            out.add(new Violation(
                    base,
                    Pointers.field(base) + " is " + describe(node.doubleValue())
                            + ": GA4 receives null; compute the amount before pushing it"));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (holdsNonFinite(entry.getValue())) {
                    report(entry.getValue(), Pointers.child(base, entry.getKey()), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (holdsNonFinite(node.get(i))) {
                    report(node.get(i), Pointers.child(base, i), out);
                }
            }
        }
    }

    private static String describe(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }

    private static boolean isPlain(JsonNode node) {
        if (JsValues.isUndefined(node) || JsValues.isFunction(node) || JsValues.isNonFinite(node)) {
            return false;
        }
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (!isPlain(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JsonNode convert(JsonNode node) {
        if (JsValues.isNonFinite(node) || JsValues.isUndefined(node) || JsValues.isFunction(node)) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                JsonNode value = entry.getValue();
                if (!JsValues.isUndefined(value) && !JsValues.isFunction(value)) {
                    copy.set(entry.getKey(), convert(value));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(element -> copy.add(convert(element)));
            return copy;
        }
        return node;
    }
}
