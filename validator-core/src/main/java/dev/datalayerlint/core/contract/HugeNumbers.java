package dev.datalayerlint.core.contract;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Works around networknt comparing a floating-point value with an integer {@code minimum} or {@code maximum} through
 * {@code asLong()}, which Jackson 3 refuses beyond the {@code long} range ({@code "quantity": 999e99} threw instead of
 * validating; found by fuzzing, issue 11). Such values, all whole numbers, are handed to networknt as the same number
 * as a big integer, which it compares exactly. Everything else is passed through untouched, without a copy.
 */
final class HugeNumbers {

    private static final double LONG_RANGE = 0x1p63;

    private HugeNumbers() {}

    /** {@code instance}, or a copy in which each finite floating-point value beyond ±2^63 is a big-integer node. */
    static JsonNode asDecimals(JsonNode instance) {
        return holdsHuge(instance) ? convert(instance) : instance;
    }

    private static boolean isHuge(JsonNode node) {
        if (!node.isFloatingPointNumber()) {
            return false;
        }
        double value = node.doubleValue();
        return Double.isFinite(value) && Math.abs(value) >= LONG_RANGE;
    }

    private static boolean holdsHuge(JsonNode node) {
        if (isHuge(node)) {
            return true;
        }
        for (JsonNode child : node.values()) {
            if (holdsHuge(child)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode convert(JsonNode node) {
        if (isHuge(node)) {
            // Beyond 2^53 every double is a whole number: its exact integer value loses nothing.
            return JsonNodeFactory.instance.numberNode(new BigDecimal(node.doubleValue()).toBigIntegerExact());
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                copy.set(member.getKey(), convert(member.getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.values().forEach(element -> copy.add(convert(element)));
            return copy;
        }
        return node;
    }
}
