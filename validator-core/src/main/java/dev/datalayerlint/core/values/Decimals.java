package dev.datalayerlint.core.values;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Turns numbers into the decimal GA4 receives. A JavaScript number travels as the text {@code String(n)} gives, its
 * shortest round-trip form, so {@code 7.77} is exactly 7.77 and {@code 0.1 + 0.2} is 0.30000000000000004. Java's
 * {@link Double#toString(double)} yields the same shortest digits (JDK 19+), whereas {@code new BigDecimal(double)}
 * would expose the binary expansion and is never used.
 */
public final class Decimals {

    private Decimals() {}

    /** The decimal of a finite number node, or null for anything else (strings included). */
    public static BigDecimal of(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        if (node.isIntegralNumber() || node.isBigDecimal()) {
            return node.decimalValue();
        }
        double d = node.doubleValue();
        if (!Double.isFinite(d)) {
            return null;
        }
        if (Math.abs(d) < CENTS_EXACT) {
            // Most amounts have at most two decimals: when whole cents give back the same double, they are its
            // shortest text too (below 1e12 two such decimals are further apart than the double's precision), so
            // the decimal is made without formatting and parsing that text.
            long cents = Math.round(d * 100);
            if (cents / 100.0 == d) {
                return BigDecimal.valueOf(cents, 2).stripTrailingZeros();
            }
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    /** Below this, a double's shortest text is its whole cents whenever those cents give the double back. */
    private static final double CENTS_EXACT = 1e12;

    /** The decimal written in a string such as {@code "50.00"}, parsed without any float, or null if not one. */
    public static BigDecimal parse(String text) {
        if (text == null || !isPlainDecimal(text)) {
            return null;
        }
        return new BigDecimal(text);
    }

    /** {@code -?[0-9]+(\.[0-9]+)?} checked character by character: no regular expression compiled per call. */
    private static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = digitsFrom(text, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == text.length()) {
            return true;
        }
        return text.charAt(i) == '.' && digitsFrom(text, i + 1) > 0 && i + 1 + digitsFrom(text, i + 1) == text.length();
    }

    private static int digitsFrom(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }

    /** Digits after the point that carry meaning: 7.70 → 1, 1500 → 0. */
    public static int decimalPlaces(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** The text a person would recognise: 7.77, 1500, 0.30000000000000004 (never 1.5E+3). */
    public static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
