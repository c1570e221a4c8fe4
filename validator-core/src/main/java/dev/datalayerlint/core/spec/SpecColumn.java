package dev.datalayerlint.core.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a tagging-spec table may have. Real spec repositories name them in many ways ({@code Required?},
 * {@code Min}, {@code Maximum Length}, {@code Parameter}); each column lists the header names it answers to, compared
 * case-insensitively with spaces, hyphens, underscores and a trailing {@code ?} or {@code .} ignored.
 */
public enum SpecColumn {
    FIELD("field", "variable", "parameter", "name", "fieldname", "parametername", "key"),
    TYPE("type", "datatype"),
    REQUIRED("required", "requirement", "req", "mandatory"),
    DESCRIPTION("description", "notes", "definition"),
    EXAMPLES("example", "examples", "examplevalue", "examplevalues", "ex"),
    PATTERN("pattern", "regex", "format"),
    MIN_LENGTH("minlength", "minimumlength", "minlen"),
    MAX_LENGTH("maxlength", "maximumlength", "maxlen"),
    MINIMUM("minimum", "min", "minvalue"),
    MAXIMUM("maximum", "max", "maxvalue"),
    MULTIPLE_OF("multipleof");

    private final List<String> names;

    SpecColumn(String... names) {
        this.names = List.of(names);
    }

    /** The column a header cell names, if any. */
    public static Optional<SpecColumn> ofHeader(String header) {
        String key = normalize(header);
        for (SpecColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The header text as it is compared: lower case, letters and digits only. */
    static String normalize(String header) {
        StringBuilder key = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
