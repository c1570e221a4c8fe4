package dev.datalayerlint.core.spec;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks each example of a field against the field's own type, pattern, lengths and bounds. */
record ExampleCheck(
        FieldFacts facts,
        String type,
        Pattern pattern,
        BigDecimal minLength,
        BigDecimal maxLength,
        BigDecimal minimum,
        BigDecimal maximum,
        BigDecimal multipleOf) {

    void check(SpecFindings findings) {
        if (type == null || facts.examplesAt() == null) {
            return;
        }
        for (String example : facts.examples()) {
            String problem = problem(example);
            if (problem != null) {
                findings.report(
                        SpecRules.EXAMPLE_MISMATCH,
                        facts.field() + ": example " + example + " " + problem,
                        facts.field(),
                        facts.examplesAt());
            }
        }
    }

    private String problem(String example) {
        return switch (type) {
            case "string" -> stringProblem(unquote(example));
            case "number", "integer" -> numberProblem(example);
            case "boolean" -> example.equals("true") || example.equals("false") ? null : "is not true or false";
            case "array" -> example.startsWith("[") ? null : "is not an array";
            case "object" -> example.startsWith("{") ? null : "is not an object";
            default -> null;
        };
    }

    private String stringProblem(String value) {
        int length = value.codePointCount(0, value.length());
        if (pattern != null && !pattern.matcher(value).find()) {
            return "does not match the pattern " + pattern.pattern();
        }
        if (minLength != null && BigDecimal.valueOf(length).compareTo(minLength) < 0) {
            return "is shorter than the minimum length " + minLength;
        }
        if (maxLength != null && BigDecimal.valueOf(length).compareTo(maxLength) > 0) {
            return "is longer than the maximum length " + maxLength;
        }
        return null;
    }

    private String numberProblem(String example) {
        BigDecimal value;
        try {
            value = new BigDecimal(example);
        } catch (NumberFormatException e) {
            return "is not a " + type;
        }
        if (type.equals("integer") && value.stripTrailingZeros().scale() > 0) {
            return "is not an integer";
        }
        if (minimum != null && value.compareTo(minimum) < 0) {
            return "is below the minimum " + minimum;
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            return "is above the maximum " + maximum;
        }
        if (multipleOf != null
                && multipleOf.signum() != 0
                && value.remainder(multipleOf).signum() != 0) {
            return "is not a multiple of " + multipleOf;
        }
        return null;
    }

    private static String unquote(String example) {
        if (example.length() >= 2
                && (example.startsWith("\"") && example.endsWith("\"")
                        || example.startsWith("'") && example.endsWith("'"))) {
            return example.substring(1, example.length() - 1);
        }
        return example;
    }
}
