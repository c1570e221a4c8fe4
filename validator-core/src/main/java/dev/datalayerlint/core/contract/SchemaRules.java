package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;
import java.util.Map;

/**
 * The rules a contract check reports under. Schema keywords are grouped into a few families so a team can tune
 * them ("schema.length" off) without knowing JSON Schema's thirty keywords; money rules cover what a schema
 * cannot say (decimals per currency, real ISO 4217 codes, decimal strings).
 */
public final class SchemaRules {

    public static final String MONEY_DECIMALS = "money.decimals";
    public static final String MONEY_RANGE = "money.range";
    public static final String MONEY_UNKNOWN_CURRENCY = "money.unknown-currency";

    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("type", "schema.type"),
            Map.entry("required", "schema.required"),
            Map.entry("dependentRequired", "schema.required"),
            Map.entry("pattern", "schema.pattern"),
            Map.entry("format", "schema.format"),
            Map.entry("minimum", "schema.range"),
            Map.entry("maximum", "schema.range"),
            Map.entry("exclusiveMinimum", "schema.range"),
            Map.entry("exclusiveMaximum", "schema.range"),
            Map.entry("multipleOf", "schema.range"),
            Map.entry("minLength", "schema.length"),
            Map.entry("maxLength", "schema.length"),
            Map.entry("minItems", "schema.size"),
            Map.entry("maxItems", "schema.size"),
            Map.entry("minProperties", "schema.size"),
            Map.entry("maxProperties", "schema.size"),
            Map.entry("enum", "schema.enum"),
            Map.entry("const", "schema.enum"),
            Map.entry("additionalProperties", "schema.unknown-property"),
            Map.entry("propertyNames", "schema.property-name"),
            Map.entry("unevaluatedProperties", "schema.unknown-property"),
            Map.entry("anyOf", "schema.alternatives"),
            Map.entry("oneOf", "schema.alternatives"),
            Map.entry("not", "schema.alternatives"));

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor(
                    "schema.type", "A field has the wrong JSON type (a string where a number belongs)", Severity.ERROR),
            new RuleDescriptor("schema.required", "A field the contract requires is missing", Severity.ERROR),
            new RuleDescriptor("schema.pattern", "A string does not match the contract's pattern", Severity.ERROR),
            new RuleDescriptor("schema.format", "A string is not in the contract's format", Severity.ERROR),
            new RuleDescriptor("schema.range", "A number is outside the contract's range", Severity.ERROR),
            new RuleDescriptor(
                    "schema.length", "A string is shorter or longer than the contract allows", Severity.ERROR),
            new RuleDescriptor("schema.size", "An array or object has too few or too many entries", Severity.ERROR),
            new RuleDescriptor("schema.enum", "A value is not one of the contract's allowed values", Severity.ERROR),
            new RuleDescriptor("schema.unknown-property", "A property the contract does not allow", Severity.ERROR),
            new RuleDescriptor(
                    "schema.property-name", "A property name breaks the contract's naming rules", Severity.ERROR),
            new RuleDescriptor(
                    "schema.alternatives",
                    "None (or more than one) of the contract's alternatives fit",
                    Severity.ERROR),
            new RuleDescriptor("schema.other", "Another JSON Schema keyword failed", Severity.ERROR),
            new RuleDescriptor(MONEY_DECIMALS, "An amount has more decimals than its currency allows", Severity.ERROR),
            new RuleDescriptor(
                    MONEY_RANGE, "A decimal amount is zero, negative or otherwise out of range", Severity.ERROR),
            new RuleDescriptor(MONEY_UNKNOWN_CURRENCY, "A currency code is not an ISO 4217 currency", Severity.ERROR));

    private SchemaRules() {}

    public static String idFor(String keyword) {
        return FAMILY.getOrDefault(keyword, "schema.other");
    }
}
