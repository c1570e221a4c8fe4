package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spec.FieldFacts.Fact;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks of one field on its own: a known type and requirement, numbers where numbers belong, constraints that
 * fit the type (a pattern on a number, a length on a number, a minimum on a string), bounds in order, a valid
 * regular expression, GA4's value-length limit and examples that satisfy their own row.
 */
final class FieldChecks {

    private static final java.util.Set<String> REQUIREMENTS = java.util.Set.of(
            "required", "recommended", "optional", "contextual", "conditional", "yes", "no", "true", "false", "y", "n");

    private FieldChecks() {}

    static void check(FieldFacts facts, SpecFindings findings) {
        String field = facts.field();
        String type = facts.typeName();
        if (facts.type() != null && !FieldFacts.TYPES.contains(type)) {
            findings.report(
                    SpecRules.UNKNOWN_TYPE,
                    field + ": unknown type '" + type + "'; use string, number, integer, boolean, array, object or"
                            + " array of [items](page.md)",
                    field,
                    facts.type());
            type = null;
        }
        if (facts.requirement() != null
                && !REQUIREMENTS.contains(facts.requirement().value().toLowerCase(Locale.ROOT))) {
            findings.report(
                    SpecRules.UNKNOWN_TYPE,
                    field + ": unknown requirement '" + facts.requirement().value()
                            + "'; use required, recommended, optional, contextual or conditional",
                    field,
                    facts.requirement());
        }
        BigDecimal minLength = number(facts.minLength(), "minimum length", field, findings);
        BigDecimal maxLength = number(facts.maxLength(), "maximum length", field, findings);
        BigDecimal minimum = number(facts.minimum(), "minimum", field, findings);
        BigDecimal maximum = number(facts.maximum(), "maximum", field, findings);
        BigDecimal multipleOf = number(facts.multipleOf(), "multiple of", field, findings);
        Pattern pattern = pattern(facts, findings);
        boolean numeric = facts.isNumeric();
        if (facts.pattern() != null && numeric) {
            String rejects = pattern != null && !pattern.matcher("12.34").find()
                    ? " (and '" + facts.pattern().value() + "' would reject 12.34 even as text)"
                    : "";
            findings.report(
                    SpecRules.PATTERN_ON_NUMBER,
                    field + " is a " + type + ": a pattern applies only to strings" + rejects
                            + "; for money use the money rule (a number with at most the currency's decimals,"
                            + " minimum 0) instead",
                    field,
                    facts.pattern());
        }
        if (type != null && !type.equals("string")) {
            for (Fact length : new Fact[] {facts.minLength(), facts.maxLength()}) {
                if (length != null) {
                    findings.report(
                            SpecRules.LENGTH_ON_NUMBER,
                            field + " is a " + type + ": a length applies only to strings"
                                    + (numeric ? "; bound the value with minimum/maximum instead" : ""),
                            field,
                            length);
                }
            }
        }
        if (type != null && !numeric) {
            for (Fact bound : new Fact[] {facts.minimum(), facts.maximum(), facts.multipleOf()}) {
                if (bound != null) {
                    findings.report(
                            SpecRules.MINIMUM_ON_STRING,
                            field + " is a " + type + ": minimum, maximum and multiple of apply only to numbers"
                                    + (type.equals("string") ? "; use a minimum/maximum length or a pattern" : ""),
                            field,
                            bound);
                }
            }
        }
        if (minLength != null && maxLength != null && minLength.compareTo(maxLength) > 0) {
            findings.report(
                    SpecRules.MIN_ABOVE_MAX,
                    field + ": minimum length " + minLength + " is above maximum length " + maxLength,
                    field,
                    facts.minLength());
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            findings.report(
                    SpecRules.MIN_ABOVE_MAX,
                    field + ": minimum " + minimum + " is above maximum " + maximum,
                    field,
                    facts.minimum());
        }
        if (maxLength != null && maxLength.compareTo(BigDecimal.valueOf(Ga4Events.VALUE_LIMIT)) > 0) {
            findings.report(
                    SpecRules.GA4_VALUE_LENGTH,
                    field + ": maximum length " + maxLength + " is above GA4's limit of " + Ga4Events.VALUE_LIMIT
                            + " characters for a parameter value; longer values are cut",
                    field,
                    facts.maxLength());
        }
        new ExampleCheck(facts, type, pattern, minLength, maxLength, minimum, maximum, multipleOf).check(findings);
    }

    private static BigDecimal number(Fact fact, String what, String field, SpecFindings findings) {
        if (fact == null) {
            return null;
        }
        BigDecimal number = fact.number();
        if (number == null) {
            findings.report(
                    SpecRules.INVALID_NUMBER,
                    field + ": " + what + " '" + fact.value() + "' is not a number",
                    field,
                    fact);
        }
        return number;
    }

    private static Pattern pattern(FieldFacts facts, SpecFindings findings) {
        if (facts.pattern() == null) {
            return null;
        }
        try {
            return Pattern.compile(facts.pattern().value());
        } catch (PatternSyntaxException e) {
            findings.report(
                    SpecRules.INVALID_PATTERN,
                    facts.field() + ": pattern '" + facts.pattern().value() + "' is not a valid regular expression: "
                            + e.getDescription(),
                    facts.field(),
                    facts.pattern());
            return null;
        }
    }
}
