package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.values.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;

/** Exact amounts from pushes and their text in messages. Never goes through a double. */
final class Money {

    private Money() {}

    /** A number, or a string holding a plain decimal such as {@code "50.00"}; null for anything else. */
    static BigDecimal amount(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return Decimals.of(node);
        }
        if (node.isString()) {
            return Decimals.parse(node.asString().strip());
        }
        return null;
    }

    /** {@code 60.00}, {@code 7.5} as {@code 7.50}, {@code 0.30000000000000004} in full. */
    static String format(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (Decimals.decimalPlaces(plain) <= 2) {
            plain = plain.setScale(2, RoundingMode.UNNECESSARY);
        }
        return plain.toPlainString();
    }

    /** {@code 60.00 USD}, or {@code 60.00} when the currency is not known. */
    static String format(BigDecimal amount, String currency) {
        return currency == null ? format(amount) : format(amount) + " " + currency;
    }

    /** A quantity: {@code 2}, {@code 1.5}. */
    static String quantity(BigDecimal quantity) {
        return Decimals.text(quantity);
    }
}
