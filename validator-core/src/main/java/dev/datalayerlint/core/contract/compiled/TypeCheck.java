package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * {@code type}, one name or several. As networknt (and draft 6 onwards) has it, a number with a zero fraction
 * ({@code 1.0}) is an {@code integer}, and every integer is a {@code number}.
 */
record TypeCheck(int allowed) implements NodeCheck {

    static final int OBJECT = 1;
    static final int ARRAY = 2;
    static final int STRING = 4;
    static final int NUMBER = 8;
    static final int INTEGER = 16;
    static final int BOOLEAN = 32;
    static final int NULL = 64;

    /** The bit of a type name, or 0 for a name that is no JSON Schema type. */
    static int bit(String name) {
        return switch (name) {
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "string" -> STRING;
            case "number" -> NUMBER;
            case "integer" -> INTEGER;
            case "boolean" -> BOOLEAN;
            case "null" -> NULL;
            default -> 0;
        };
    }

    @Override
    public boolean accepts(JsonNode node) {
        Undecided.unlessJson(node);
        return switch (node.getNodeType()) {
            case OBJECT -> (allowed & OBJECT) != 0;
            case ARRAY -> (allowed & ARRAY) != 0;
            case STRING -> (allowed & STRING) != 0;
            case BOOLEAN -> (allowed & BOOLEAN) != 0;
            case NULL -> (allowed & NULL) != 0;
            case NUMBER -> (allowed & NUMBER) != 0 || ((allowed & INTEGER) != 0 && Numbers.isIntegral(node));
            default -> throw Undecided.INSTANCE;
        };
    }
}
