package dev.datalayerlint.core.contract.compiled;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code enum} or {@code const} of strings, booleans and null (the values contracts list: {@code "new"},
 * {@code "refund"}). Numbers and containers among the allowed values are refused by the compiler: networknt compares
 * them by rules of its own (numbers as stripped decimals, arrays element by element).
 */
record ValueCheck(Set<String> strings, boolean allowsTrue, boolean allowsFalse, boolean allowsNull)
        implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        Undecided.unlessJson(node);
        return switch (node.getNodeType()) {
            case STRING -> strings.contains(node.asString());
            case BOOLEAN -> node.booleanValue() ? allowsTrue : allowsFalse;
            case NULL -> allowsNull;
            default -> false;
        };
    }
}
