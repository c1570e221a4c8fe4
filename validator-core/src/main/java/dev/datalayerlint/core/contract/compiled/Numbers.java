package dev.datalayerlint.core.contract.compiled;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** Number facts shared by the numeric checks, exact for every kind of number node Jackson makes. */
final class Numbers {

    private Numbers() {}

    /** An integer value, whatever its node: {@code 3}, {@code 3.0}, {@code 1e300}, a big integer. */
    static boolean isIntegral(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw Undecided.INSTANCE;
        }
        return value == Math.rint(value);
    }

    /** Beyond this magnitude a double reaches networknt as the exact big integer it is (see HugeNumbers). */
    static final double LONG_RANGE = 0x1p63;

    /**
     * The decimal networknt compares a number node by: the text of a double ({@code Double.toString}, its shortest
     * round-trip form) within the long range, the exact value of anything else. Allocates; used only where the
     * allocation-free paths do not apply.
     */
    static BigDecimal decimal(JsonNode node) {
        Undecided.unlessJson(node);
        if (node.isDouble()) {
            double value = node.doubleValue();
            return Math.abs(value) >= LONG_RANGE ? new BigDecimal(value) : new BigDecimal(Double.toString(value));
        }
        return node.decimalValue();
    }
}
