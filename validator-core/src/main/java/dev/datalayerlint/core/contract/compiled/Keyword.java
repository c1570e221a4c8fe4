package dev.datalayerlint.core.contract.compiled;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The assertion and applicator keywords the compiler handles, grouped by the kind of value they look at. */
final class Keyword {

    static final List<String> OBJECT = List.of(
            "properties",
            "patternProperties",
            "additionalProperties",
            "propertyNames",
            "required",
            "dependentRequired",
            "minProperties",
            "maxProperties");

    static final List<String> ARRAY = List.of("prefixItems", "items", "contains", "minItems", "maxItems");

    private static final List<String> OTHERS = List.of(
            "type",
            "enum",
            "const",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "exclusiveMinimum",
            "maximum",
            "exclusiveMaximum",
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "if",
            "then",
            "else");

    static final Set<String> KNOWN = known();

    private Keyword() {}

    private static Set<String> known() {
        Set<String> known = new HashSet<>(OBJECT);
        known.addAll(ARRAY);
        known.addAll(OTHERS);
        return Set.copyOf(known);
    }
}
