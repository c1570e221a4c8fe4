package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * {@code minLength}, {@code maxLength} and {@code pattern} of one schema; other values than strings pass. Lengths
 * count Unicode code points, as JSON Schema (and networknt) do: an emoji outside the Basic Multilingual Plane is one
 * character, though Java stores it in two chars. Counting is skipped when the char count already decides.
 *
 * @param minLength 0 when absent
 * @param maxLength {@link Integer#MAX_VALUE} when absent
 * @param pattern null when absent
 */
record StringCheck(int minLength, int maxLength, PatternMatch pattern) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        if (!node.isString()) {
            Undecided.unlessJson(node);
            return true;
        }
        return acceptsText(node.asString());
    }

    /** The same checks on a text that is no node: a property name under {@code propertyNames}. */
    boolean acceptsText(String text) {
        int chars = text.length();
        // code points ≤ chars ≤ 2 × code points
        if (chars > maxLength && codePoints(text) > maxLength) {
            return false;
        }
        if (chars < 2L * minLength && codePoints(text) < minLength) {
            return false;
        }
        return pattern == null || pattern.foundIn(text);
    }

    /** The length of {@code text} as JSON Schema counts it: in code points. */
    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
