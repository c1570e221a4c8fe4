package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * A compiled check met a value it cannot judge exactly as networknt would: a JavaScript marker ({@code undefined}, a
 * function), a non-finite number, a binary node. One shared instance without a stack trace, thrown so rarely that
 * its cost does not matter and caught by {@link CompiledSchema}, which then says "ask networknt".
 */
public final class Undecided extends RuntimeException {

    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
        super("left to the reference validator", null, false, false);
    }

    /** Throws unless {@code node} is a value JSON can carry; the answer for containers is about the node only. */
    static void unlessJson(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT, ARRAY, STRING, BOOLEAN, NULL -> {}
            case NUMBER -> {
                // A float node (never made by the parser) has a text of its own; NaN and infinities no order.
                if (node.isFloat() || (node.isDouble() && !Double.isFinite(node.doubleValue()))) {
                    throw INSTANCE;
                }
            }
            default -> throw INSTANCE;
        }
    }
}
