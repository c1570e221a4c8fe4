package dev.datalayerlint.core.contract.compiled;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * One of {@code minimum}, {@code exclusiveMinimum}, {@code maximum}, {@code exclusiveMaximum}; other values than
 * numbers pass. networknt compares the decimal text of a double ({@code 0.1} as 0.1, not its binary expansion) and
 * the exact value of other numbers. The common cases are done without a {@link BigDecimal}: a long against a whole
 * limit, and a double against a limit that is exactly a double whose shortest text is the limit itself (0, 1, 0.5,
 * 100): there the shortest decimal of any other double lies on the same side as the double does, so comparing the
 * doubles gives networknt's answer.
 */
record NumberBound(
        BigDecimal limit,
        boolean lower,
        boolean exclusive,
        long longLimit,
        boolean longExact,
        double doubleLimit,
        boolean doubleExact)
        implements NodeCheck {

    static NumberBound of(BigDecimal limit, boolean lower, boolean exclusive) {
        boolean longExact = false;
        long longLimit = 0;
        try {
            longLimit = limit.longValueExact();
            longExact = true;
        } catch (ArithmeticException notWhole) {
            // compared as a decimal
        }
        double doubleLimit = limit.doubleValue();
        boolean doubleExact = Double.isFinite(doubleLimit)
                && new BigDecimal(doubleLimit).compareTo(limit) == 0
                && new BigDecimal(Double.toString(doubleLimit)).compareTo(limit) == 0;
        return new NumberBound(limit, lower, exclusive, longLimit, longExact, doubleLimit, doubleExact);
    }

    @Override
    public boolean accepts(JsonNode node) {
        if (!node.isNumber()) {
            Undecided.unlessJson(node);
            return true;
        }
        int comparison;
        if ((node.isInt() || node.isLong()) && longExact) {
            comparison = Long.compare(node.longValue(), longLimit);
        } else if (node.isDouble() && doubleExact && Math.abs(node.doubleValue()) < Numbers.LONG_RANGE) {
            comparison = Double.compare(node.doubleValue() + 0.0, doubleLimit + 0.0);
        } else {
            comparison = Numbers.decimal(node).compareTo(limit);
        }
        if (lower) {
            return exclusive ? comparison > 0 : comparison >= 0;
        }
        return exclusive ? comparison < 0 : comparison <= 0;
    }
}
