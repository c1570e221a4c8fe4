package dev.datalayerlint.core.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page says about one field, merged from its two sources: the table row first, and the field comment in the
 * code block for what the row leaves blank (pages without a Required column keep the requirement only there). Each
 * fact remembers where it was written, so a finding points at the cell or the comment that states it. The linter
 * checks these facts; a compiler would turn them into a schema.
 */
public record FieldFacts(
        String field,
        int line,
        int column,
        Fact type,
        String typeLink,
        Fact requirement,
        Fact pattern,
        List<String> examples,
        Fact examplesAt,
        Fact minLength,
        Fact maxLength,
        Fact minimum,
        Fact maximum,
        Fact multipleOf,
        String description) {

    /** A stated value and the page place it was stated at; null fields of the record mean "not stated". */
    public record Fact(String value, int line, int column) {

        /** The value as a number, or null when it is not one. */
        public BigDecimal number() {
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    static final Set<String> TYPES = FieldComment.TYPES;

    public FieldFacts {
        examples = List.copyOf(examples);
    }

    /** The facts of {@code row}, with {@code comment} (may be null) filling what the row leaves blank. */
    static FieldFacts of(SpecRow row, FieldComment comment) {
        Fact type = fact(row, SpecColumn.TYPE, row.type());
        if (type == null && comment != null && comment.type() != null) {
            type = new Fact(comment.type(), comment.line(), comment.column());
        }
        Fact requirement = fact(row, SpecColumn.REQUIRED, row.requirement());
        if (requirement == null && comment != null && comment.requirement() != null) {
            requirement = new Fact(comment.requirement(), comment.line(), comment.column());
        }
        Fact pattern = fact(row, SpecColumn.PATTERN, row.pattern());
        if (pattern == null && comment != null && comment.pattern() != null) {
            pattern = new Fact(comment.pattern(), comment.line(), comment.column());
        }
        List<String> examples = row.examples();
        Fact examplesAt = fact(row, SpecColumn.EXAMPLES, examples.isEmpty() ? null : "examples");
        if (examples.isEmpty() && comment != null && !comment.examples().isEmpty()) {
            examples = comment.examples();
            examplesAt = new Fact("examples", comment.line(), comment.column());
        }
        Fact minLength = number(row, SpecColumn.MIN_LENGTH);
        Fact maxLength = number(row, SpecColumn.MAX_LENGTH);
        Fact minimum = number(row, SpecColumn.MINIMUM);
        Fact maximum = number(row, SpecColumn.MAXIMUM);
        if (comment != null) {
            boolean string = type != null && type.value().equals("string");
            Fact min = comment.min() == null ? null : new Fact(comment.min(), comment.line(), comment.column());
            Fact max = comment.max() == null ? null : new Fact(comment.max(), comment.line(), comment.column());
            if (string) {
                minLength = minLength == null ? min : minLength;
                maxLength = maxLength == null ? max : maxLength;
            } else {
                minimum = minimum == null ? min : minimum;
                maximum = maximum == null ? max : maximum;
            }
        }
        return new FieldFacts(
                row.field(),
                row.line(),
                row.column(),
                type,
                row.typeLink(),
                requirement,
                pattern,
                examples,
                examplesAt,
                minLength,
                maxLength,
                minimum,
                maximum,
                number(row, SpecColumn.MULTIPLE_OF),
                row.description());
    }

    /** The type word, or null when not stated. */
    public String typeName() {
        return type == null ? null : type.value();
    }

    public boolean isNumeric() {
        return "number".equals(typeName()) || "integer".equals(typeName());
    }

    /** True when the page marks the field {@code required} (or {@code yes}). */
    public boolean isRequired() {
        return requirement != null
                && Set.of("required", "yes", "true", "y")
                        .contains(requirement.value().toLowerCase(Locale.ROOT));
    }

    private static Fact fact(SpecRow row, SpecColumn column, String value) {
        return value == null
                ? null
                : row.cell(column)
                        .map(c -> new Fact(value, c.line(), c.column()))
                        .orElse(null);
    }

    private static Fact number(SpecRow row, SpecColumn column) {
        return fact(row, column, row.text(column));
    }
}
