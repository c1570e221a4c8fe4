package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Decimals;
import dev.datalayerlint.core.values.Pointers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What JSON Schema cannot say about money: how many decimals an amount may carry given its currency's ISO 4217
 * minor unit (JPY 0, USD 2, KWD 3), whether a three-letter code is a real currency, and range checks on decimal
 * strings ({@code "50.00"}) done in decimal arithmetic. A contract declares it under {@code x-datalayer.decimals}:
 *
 * <pre>{@code
 * "decimals": {"currency": "/currency", "fields": ["/value", "/items/*\/price"]}
 * "decimals": {"fields": {"/amount": {"maxScale": 2, "exclusiveMinimum": "0"}}}
 * "decimals": {"scope": "/events/*\/params", "currency": "/currency", "fields": ["/value", "/items/*\/price"]}
 * "decimals": {"currency": "/currency", "fields": ["/value"], "unitPrices": ["/items/*\/price"]}
 * }</pre>
 *
 * <p>{@code unitPrices} are amounts GA4 types as a plain number with no decimal limit (an item's {@code price} and
 * {@code discount}, "the monetary unit price of the item"): a B2B unit price of 5.4555 USD is legitimate, and only
 * totals are billed in the currency's minor unit. Decimals finer than the minor unit there are reported under
 * {@link SchemaRules#MONEY_ITEM_PRECISION} (info) instead of {@link SchemaRules#MONEY_DECIMALS}.
 *
 * <p>A {@code scope} (a pointer pattern like the fields') makes {@code currency} and {@code fields} relative to each
 * part of the instance it matches, so a request body carrying several events checks every event's amounts against
 * that event's own currency. Without a scope they are relative to the instance itself. Reported pointers are always
 * relative to the instance.
 *
 * <p>Numbers are judged on the decimal GA4 receives ({@link Decimals#of}); strings on their written digits.
 */
record DecimalCheck(String scope, String currencyPointer, List<Field> fields) {

    /** {@code currencyPointer} parsed once, not on every push. */
    private JsonPointer currencyAt() {
        return CURRENCY_POINTERS.computeIfAbsent(currencyPointer, JsonPointer::compile);
    }

    private static final Map<String, JsonPointer> CURRENCY_POINTERS = new ConcurrentHashMap<>();

    /**
     * One declared amount: a pointer pattern ({@code *} matches any array index or key), its limits and the rule
     * its excess decimals are reported under.
     */
    record Field(
            String pattern,
            Integer maxScale,
            BigDecimal minimum,
            BigDecimal exclusiveMinimum,
            RuleDescriptor decimalsRule,
            List<String> tokens) {

        Field(String pattern, Integer maxScale, BigDecimal minimum, BigDecimal exclusiveMinimum) {
            this(pattern, maxScale, minimum, exclusiveMinimum, SchemaRules.MONEY_DECIMALS);
        }

        Field(String pattern, Integer maxScale, BigDecimal minimum, BigDecimal exclusiveMinimum, RuleDescriptor rule) {
            this(pattern, maxScale, minimum, exclusiveMinimum, rule, List.copyOf(Pointers.tokens(pattern)));
        }
    }

    /**
     * Where a matched value is, step by step from the instance: turned into a pointer only when a finding is made,
     * so checking amounts that are fine builds no string.
     *
     * @param parent null for a step from the instance itself
     * @param name the member name, or null for an array index
     */
    private record At(At parent, String name, int index) {

        static String pointer(At at) {
            if (at == null) {
                return "";
            }
            String parentPointer = pointer(at.parent());
            return at.name() != null
                    ? Pointers.child(parentPointer, at.name())
                    : Pointers.child(parentPointer, at.index());
        }
    }

    static final DecimalCheck NONE = new DecimalCheck(null, null, List.of());

    static DecimalCheck from(JsonNode declaration) {
        if (declaration == null || !declaration.isObject()) {
            return NONE;
        }
        String scope = declaration.path("scope").asString(null);
        String currency = declaration.path("currency").asString(null);
        List<Field> fields = new ArrayList<>();
        JsonNode declared = declaration.path("fields");
        if (declared.isArray()) {
            declared.forEach(pattern -> fields.add(new Field(pattern.asString(), null, null, null)));
        } else if (declared.isObject()) {
            for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                JsonNode options = entry.getValue();
                fields.add(new Field(
                        entry.getKey(),
                        options.has("maxScale") ? options.get("maxScale").asInt() : null,
                        decimal(options.get("minimum")),
                        decimal(options.get("exclusiveMinimum"))));
            }
        }
        declaration
                .path("unitPrices")
                .forEach(pattern ->
                        fields.add(new Field(pattern.asString(), null, null, null, SchemaRules.MONEY_ITEM_PRECISION)));
        return new DecimalCheck(scope, currency, List.copyOf(fields));
    }

    List<ContractViolation> check(JsonNode instance) {
        if (fields.isEmpty() && currencyPointer == null) {
            return List.of();
        }
        List<ContractViolation> out = new ArrayList<>(0);
        if (scope == null) {
            checkPart(instance, null, out);
        } else {
            forEachMatch(instance, Pointers.tokens(scope), 0, null, (base, part) -> {
                if (part.isObject() || part.isArray()) {
                    checkPart(part, base, out);
                }
            });
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** Checks one part of the instance (all of it without a scope); {@code base} is where it is in the instance. */
    private void checkPart(JsonNode part, At base, List<ContractViolation> out) {
        String code = null;
        int minorUnit = 2;
        if (currencyPointer != null) {
            JsonNode currency = part.at(currencyAt());
            if (currency.isString() && isCurrencyCode(currency.asString())) {
                code = currency.asString();
                Integer digits = minorUnit(code);
                if (digits == null) {
                    out.add(violation(
                            SchemaRules.MONEY_UNKNOWN_CURRENCY,
                            At.pointer(base) + currencyPointer,
                            Pointers.field(currencyPointer) + " \"" + code
                                    + "\" is not an ISO 4217 currency GA4 can report revenue in"));
                    code = null;
                } else {
                    minorUnit = digits;
                }
            }
        }
        for (Field field : fields) {
            int allowed = field.maxScale() != null ? field.maxScale() : minorUnit;
            String currencyName = field.maxScale() == null && code != null ? code : null;
            forEachMatch(
                    part,
                    field.tokens(),
                    0,
                    base,
                    (at, node) -> checkAmount(field, allowed, currencyName, at, node, out));
        }
    }

    /** Three ASCII upper-case letters, as {@code ^[A-Z]{3}$} says, without a regular expression per push. */
    static boolean isCurrencyCode(String text) {
        return text.length() == 3 && isUpper(text.charAt(0)) && isUpper(text.charAt(1)) && isUpper(text.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static void checkAmount(
            Field field, int allowed, String currency, At at, JsonNode node, List<ContractViolation> out) {
        BigDecimal value;
        int places;
        if (node.isNumber()) {
            value = Decimals.of(node);
            if (value == null) {
                return; // NaN and infinities are reported by their own rule
            }
            places = Decimals.decimalPlaces(value);
        } else if (node.isString()) {
            value = Decimals.parse(node.asString());
            if (value == null) {
                return; // not a decimal string: the schema's pattern says so
            }
            places = Math.max(0, value.scale());
        } else {
            return;
        }
        boolean tooFine = places > allowed;
        boolean notAboveExclusive = field.exclusiveMinimum() != null && value.compareTo(field.exclusiveMinimum()) <= 0;
        boolean belowMinimum = field.minimum() != null && value.compareTo(field.minimum()) < 0;
        if (!tooFine && !notAboveExclusive && !belowMinimum) {
            return;
        }
        String pointer = At.pointer(at);
        String name = Pointers.field(pointer);
        String shown = node.isString() ? "\"" + node.asString() + "\"" : Decimals.text(value);
        if (tooFine) {
            String limit = allowed == 0 ? "none" : "at most " + allowed;
            String who = currency != null ? currency + " allows " + limit : limit + " allowed";
            String decimals = name + " " + shown + " has " + places + (places == 1 ? " decimal" : " decimals");
            out.add(
                    field.decimalsRule() == SchemaRules.MONEY_DECIMALS
                            ? violation(SchemaRules.MONEY_DECIMALS, pointer, decimals + "; " + who)
                            : violation(
                                    field.decimalsRule(),
                                    pointer,
                                    decimals + ", finer than the currency's minor unit (" + who
                                            + "); GA4 accepts unit prices as sent, but check it is not a"
                                            + " float artefact"));
        }
        if (notAboveExclusive) {
            out.add(violation(
                    SchemaRules.MONEY_RANGE,
                    pointer,
                    name + " " + shown + " must be greater than " + Decimals.text(field.exclusiveMinimum())));
        }
        if (belowMinimum) {
            out.add(violation(
                    SchemaRules.MONEY_RANGE,
                    pointer,
                    name + " " + shown + " must be at least " + Decimals.text(field.minimum())));
        }
    }

    private static void forEachMatch(
            JsonNode node, List<String> tokens, int step, At at, BiConsumer<At, JsonNode> action) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (step == tokens.size()) {
            action.accept(at, node);
            return;
        }
        String token = tokens.get(step);
        if ("*".equals(token)) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    forEachMatch(node.get(i), tokens, step + 1, new At(at, null, i), action);
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    forEachMatch(entry.getValue(), tokens, step + 1, new At(at, entry.getKey(), -1), action);
                }
            }
        } else if (node.isObject()) {
            JsonNode child = node.get(token);
            if (child != null) {
                forEachMatch(child, tokens, step + 1, new At(at, token, -1), action);
            }
        } else if (node.isArray() && token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
            forEachMatch(node.get(Integer.parseInt(token)), tokens, step + 1, new At(at, token, -1), action);
        }
    }

    /** The ISO 4217 minor unit, or null when the code is no currency GA4 can take (XXX, XAU, unknown). */
    static Integer minorUnit(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? null : digits;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isString() ? Decimals.parse(node.asString()) : Decimals.of(node);
    }

    private static ContractViolation violation(RuleDescriptor rule, String pointer, String message) {
        return new ContractViolation(rule, new Violation(pointer, message), null);
    }
}
