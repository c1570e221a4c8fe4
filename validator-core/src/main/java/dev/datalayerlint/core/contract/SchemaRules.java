package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;
import java.util.Map;

/**
 * The rules a contract check reports under. Schema keywords are grouped into a few families so a team can tune
 * them ({@code schema.length} off) without knowing JSON Schema's thirty keywords; money rules cover what a schema
 * cannot say (decimals per currency, real ISO 4217 codes, decimal strings).
 */
public final class SchemaRules {

    public static final RuleDescriptor TYPE = new RuleDescriptor(
            "schema.type", "A field has the wrong JSON type (a string where a number belongs)", Severity.ERROR);

    public static final RuleDescriptor REQUIRED =
            new RuleDescriptor("schema.required", "A field the contract requires is missing", Severity.ERROR);

    public static final RuleDescriptor PATTERN =
            new RuleDescriptor("schema.pattern", "A string does not match the contract's pattern", Severity.ERROR);

    public static final RuleDescriptor FORMAT =
            new RuleDescriptor("schema.format", "A string is not in the contract's format", Severity.ERROR);

    public static final RuleDescriptor RANGE =
            new RuleDescriptor("schema.range", "A number is outside the contract's range", Severity.ERROR);

    public static final RuleDescriptor LENGTH = new RuleDescriptor(
            "schema.length", "A string is shorter or longer than the contract allows", Severity.ERROR);

    public static final RuleDescriptor SIZE =
            new RuleDescriptor("schema.size", "An array or object has too few or too many entries", Severity.ERROR);

    public static final RuleDescriptor ENUM =
            new RuleDescriptor("schema.enum", "A value is not one of the contract's allowed values", Severity.ERROR);

    public static final RuleDescriptor UNKNOWN_PROPERTY =
            new RuleDescriptor("schema.unknown-property", "A property the contract does not allow", Severity.ERROR);

    public static final RuleDescriptor PROPERTY_NAME = new RuleDescriptor(
            "schema.property-name", "A property name breaks the contract's naming rules", Severity.ERROR);

    public static final RuleDescriptor ALTERNATIVES = new RuleDescriptor(
            "schema.alternatives", "None (or more than one) of the contract's alternatives fit", Severity.ERROR);

    public static final RuleDescriptor OTHER =
            new RuleDescriptor("schema.other", "Another JSON Schema keyword failed", Severity.ERROR);

    public static final RuleDescriptor MONEY_DECIMALS = new RuleDescriptor(
            "money.decimals", "An amount has more decimals than its currency allows", Severity.ERROR);

    public static final RuleDescriptor MONEY_ITEM_PRECISION = new RuleDescriptor(
            "money.item-precision",
            "An item's unit price or discount is finer than its currency's minor unit",
            Severity.INFO);

    public static final RuleDescriptor MONEY_RANGE = new RuleDescriptor(
            "money.range", "A decimal amount is zero, negative or otherwise out of range", Severity.ERROR);

    public static final RuleDescriptor MONEY_UNKNOWN_CURRENCY =
            new RuleDescriptor("money.unknown-currency", "A currency code is not an ISO 4217 currency", Severity.ERROR);

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            TYPE,
            REQUIRED,
            PATTERN,
            FORMAT,
            RANGE,
            LENGTH,
            SIZE,
            ENUM,
            UNKNOWN_PROPERTY,
            PROPERTY_NAME,
            ALTERNATIVES,
            OTHER,
            MONEY_DECIMALS,
            MONEY_ITEM_PRECISION,
            MONEY_RANGE,
            MONEY_UNKNOWN_CURRENCY);

    private static final Map<String, RuleDescriptor> FAMILY = Map.ofEntries(
            Map.entry("type", TYPE),
            Map.entry("required", REQUIRED),
            Map.entry("dependentRequired", REQUIRED),
            Map.entry("pattern", PATTERN),
            Map.entry("format", FORMAT),
            Map.entry("minimum", RANGE),
            Map.entry("maximum", RANGE),
            Map.entry("exclusiveMinimum", RANGE),
            Map.entry("exclusiveMaximum", RANGE),
            Map.entry("multipleOf", RANGE),
            Map.entry("minLength", LENGTH),
            Map.entry("maxLength", LENGTH),
            Map.entry("minItems", SIZE),
            Map.entry("maxItems", SIZE),
            Map.entry("minProperties", SIZE),
            Map.entry("maxProperties", SIZE),
            Map.entry("enum", ENUM),
            Map.entry("const", ENUM),
            Map.entry("additionalProperties", UNKNOWN_PROPERTY),
            Map.entry("propertyNames", PROPERTY_NAME),
            Map.entry("unevaluatedProperties", UNKNOWN_PROPERTY),
            Map.entry("anyOf", ALTERNATIVES),
            Map.entry("oneOf", ALTERNATIVES),
            Map.entry("not", ALTERNATIVES));

    private SchemaRules() {}

    /** The rule a failed JSON Schema keyword is reported under. */
    public static RuleDescriptor forKeyword(String keyword) {
        return FAMILY.getOrDefault(keyword, OTHER);
    }
}
