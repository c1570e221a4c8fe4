package dev.datalayerlint.core.values;

import tools.jackson.databind.JsonNode;

/** Renders a value for a message: strings quoted, numbers as GA4 receives them, long values cut. */
public final class ValueText {

    private static final int MAX = 60;

    private ValueText() {}

    public static String of(JsonNode node) {
        if (node == null || node.isMissingNode() || JsValues.isUndefined(node)) {
            return "undefined";
        }
        if (JsValues.isFunction(node)) {
            return "a function";
        }
        String text;
        if (node.isNumber()) {
            var decimal = Decimals.of(node);
            text = decimal == null ? String.valueOf(node.doubleValue()) : Decimals.text(decimal);
        } else if (node.isContainer()) {
            text = node.isArray() ? "an array of " + node.size() : "an object";
            return text;
        } else {
            text = node.toString();
        }
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }

    /** The JSON type name a person expects: string, number, integer, boolean, object, array, null. */
    public static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode() || JsValues.isUndefined(node)) {
            return "undefined";
        }
        if (node.isString()) return "string";
        if (node.isIntegralNumber()) return "integer";
        if (node.isNumber()) return "number";
        if (node.isBoolean()) return "boolean";
        if (node.isArray()) return "array";
        if (node.isObject()) return "object";
        if (node.isNull()) return "null";
        return "value";
    }
}
