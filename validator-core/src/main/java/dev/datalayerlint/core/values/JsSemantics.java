package dev.datalayerlint.core.values;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The few pieces of JavaScript semantics the data model needs, applied to the JSON trees a recording carries: what
 * counts as truthy, what {@code value[key]} yields, how {@code "a.b.c"} splits and how {@code String(number)} reads.
 */
public final class JsSemantics {

    private JsSemantics() {}

    /**
     * JavaScript truthiness: {@code false}, {@code 0}, {@code NaN}, {@code ""}, {@code null} and {@code undefined}
     * (including a missing value, passed as Java {@code null}) are falsy; everything else, {@code {}} and {@code []}
     * included, is truthy.
     */
    public static boolean isTruthy(JsonNode node) {
        if (node == null || node.isNull() || JsValues.isUndefined(node)) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
                double d = node.doubleValue();
                return d != 0 && !Double.isNaN(d);
            }
            return node.decimalValue().signum() != 0;
        }
        if (node.isString()) {
            return !node.asString().isEmpty();
        }
        return true;
    }

    /** {@code key.split('.')} as JavaScript does it: empty segments are kept ({@code "a..b"} has three). */
    public static List<String> splitPath(String dottedKey) {
        return Arrays.asList(dottedKey.split("\\.", -1));
    }

    /**
     * {@code value[key]} for the values a model holds, or Java {@code null} where JavaScript gives {@code undefined}
     * (a stored {@code undefined} also reads as {@code null}). Objects give their property; arrays their element at a
     * canonical index and their {@code length}; strings their {@code length} and one-character strings at an index.
     * Anything else ({@code null}, numbers, booleans, functions) has no data properties here.
     */
    public static JsonNode property(JsonNode value, String key) {
        JsonNode result = null;
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            result = value.get(key);
        } else if (value.isArray()) {
            if ("length".equals(key)) {
                result = JsonNodeFactory.instance.numberNode(value.size());
            } else {
                int index = arrayIndex(key);
                result = index >= 0 && index < value.size() ? value.get(index) : null;
            }
        } else if (value.isString()) {
            String text = value.asString();
            if ("length".equals(key)) {
                result = JsonNodeFactory.instance.numberNode(text.length());
            } else {
                int index = arrayIndex(key);
                result = index >= 0 && index < text.length()
                        ? JsonNodeFactory.instance.stringNode(String.valueOf(text.charAt(index)))
                        : null;
            }
        }
        return result == null || JsValues.isUndefined(result) ? null : result;
    }

    /** The index a property key names on an array ({@code "0"}, {@code "12"}; never {@code "01"} or {@code "-1"}). */
    public static int arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 9 || (key.length() > 1 && key.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(key);
    }

    /**
     * {@code String(n)} for a number: shortest round-trip digits, no {@code .0} on whole numbers, exponent form only
     * below 1e-6 or from 1e21 on ({@code 1e+21}, {@code 1.5e-7}), {@code NaN}, {@code Infinity}.
     */
    public static String numberText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double magnitude = Math.abs(d);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /** {@code String(n)} for a number node, or null when the node is not a number. */
    public static String numberText(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) <= (1L << 53)) {
            return Long.toString(node.longValue());
        }
        return numberText(node.doubleValue());
    }

    /**
     * {@code String(value)} as {@code Array.prototype.sort} compares elements: arrays join with commas, objects read
     * {@code [object Object]}, {@code null} and {@code undefined} inside arrays read as empty.
     */
    public static String stringOf(JsonNode node) {
        if (node == null || JsValues.isUndefined(node)) {
            return "undefined";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return numberText(node);
        }
        if (node.isBoolean()) {
            return Boolean.toString(node.booleanValue());
        }
        if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    joined.append(',');
                }
                JsonNode element = node.get(i);
                if (!element.isNull() && !JsValues.isUndefined(element)) {
                    joined.append(stringOf(element));
                }
            }
            return joined.toString();
        }
        if (node.isObject()) {
            return "[object Object]";
        }
        return node.toString();
    }
}
