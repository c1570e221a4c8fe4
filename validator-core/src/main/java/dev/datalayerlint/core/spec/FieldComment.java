package dev.datalayerlint.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a trailing comment on a pushed field says, in the style many spec pages use:
 * {@code // REQUIRED | string | ex. USD | pattern: ^[A-Z]{3}$ | min. 3, max. 3}. It is a second source of the facts
 * in the table, so the two can be compared. Parts are separated by {@code |}; a pattern keeps any {@code |} of its own
 * (parts that are none of the known kinds are joined back to it). {@code min.}/{@code max.} are lengths on strings and
 * bounds on numbers; the reader of the comment decides by the type.
 *
 * @param column 1-based page column of the comment's {@code //}
 */
public record FieldComment(
        String requirement,
        String type,
        List<String> examples,
        String pattern,
        String min,
        String max,
        int line,
        int column) {

    static final Set<String> REQUIREMENTS = Set.of("required", "recommended", "optional", "contextual", "conditional");
    static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");

    public FieldComment {
        examples = List.copyOf(examples);
    }

    /** Reads the text after {@code //}; null when it says nothing this reader understands. */
    static FieldComment parse(String text, int line, int column) {
        String requirement = null;
        String type = null;
        List<String> examples = new ArrayList<>();
        StringBuilder pattern = null;
        boolean inPattern = false;
        String min = null;
        String max = null;
        for (String raw : text.split("\\|", -1)) {
            String part = raw.strip();
            String lower = part.toLowerCase(Locale.ROOT);
            if (REQUIREMENTS.contains(lower)) {
                requirement = lower;
                inPattern = false;
            } else if (TYPES.contains(lower)) {
                type = lower;
                inPattern = false;
            } else if (lower.startsWith("ex.") || lower.startsWith("ex:") || lower.startsWith("e.g.")) {
                examples.addAll(SpecRow.splitList(part.substring(lower.startsWith("e.g.") ? 4 : 3)));
                inPattern = false;
            } else if (lower.startsWith("pattern:")) {
                pattern = new StringBuilder(part.substring("pattern:".length()).strip());
                inPattern = true;
            } else if (lower.startsWith("min") || lower.startsWith("max")) {
                for (String bound : part.split(",")) {
                    String b = bound.strip().toLowerCase(Locale.ROOT);
                    String value = bound.strip().replaceFirst("^(?i)(min|max)[a-z]*\\.?:?\\s*", "");
                    if (b.startsWith("min")) {
                        min = value;
                    } else if (b.startsWith("max")) {
                        max = value;
                    }
                }
                inPattern = false;
            } else if (inPattern && !part.isEmpty()) {
                pattern.append('|').append(raw);
            }
        }
        String patternText =
                pattern == null || pattern.isEmpty() ? null : pattern.toString().strip();
        if (requirement == null
                && type == null
                && examples.isEmpty()
                && patternText == null
                && min == null
                && max == null) {
            return null;
        }
        return new FieldComment(requirement, type, examples, patternText, min, max, line, column);
    }
}
