package dev.datalayerlint.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a page's variable table: a field and what the page says about it. Cells are kept as written; the
 * accessors interpret them (a blank cell is "not stated").
 *
 * @param line 1-based page line of the row
 * @param column 1-based page column where the row starts
 */
public record SpecRow(int line, int column, Map<SpecColumn, SpecCell> cells) {

    public SpecRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of {@code column}, when the table has that column and the cell is not blank. */
    public Optional<SpecCell> cell(SpecColumn column) {
        SpecCell cell = cells.get(column);
        return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(cell);
    }

    /** The cell's text, or null when the cell is absent or blank. */
    public String text(SpecColumn column) {
        return cell(column).map(SpecCell::text).orElse(null);
    }

    public String field() {
        return text(SpecColumn.FIELD);
    }

    /** The type word, lower case, without a linked page: {@code array} for {@code array of [items](…)}. */
    public String type() {
        String type = text(SpecColumn.TYPE);
        if (type == null) {
            return null;
        }
        String lower = type.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("array of") || lower.startsWith("array<") ? "array" : lower;
    }

    /** The page an {@code array of [items](/schemas/item.md)} type links to, or null. */
    public String typeLink() {
        return cell(SpecColumn.TYPE).map(SpecCell::link).orElse(null);
    }

    /** The requirement word, lower case, or null when the table has no requirement for this row. */
    public String requirement() {
        String text = text(SpecColumn.REQUIRED);
        return text == null ? null : text.toLowerCase(Locale.ROOT).strip();
    }

    public String description() {
        return text(SpecColumn.DESCRIPTION);
    }

    /** The examples: each code span, or else the text split at commas outside brackets and quotes. */
    public List<String> examples() {
        return cell(SpecColumn.EXAMPLES)
                .map(cell -> cell.codeSpans().isEmpty() ? splitList(cell.text()) : cell.codeSpans())
                .orElse(List.of());
    }

    public String pattern() {
        return cell(SpecColumn.PATTERN)
                .map(cell -> cell.codeSpans().isEmpty()
                        ? cell.text()
                        : cell.codeSpans().get(0))
                .orElse(null);
    }

    /** Splits a comma-separated list at its top level: {@code a, [b, c], "d,e"} gives three parts. */
    static List<String> splitList(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                addPart(parts, part);
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        addPart(parts, part);
        return List.copyOf(parts);
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        String value = part.toString().strip();
        if (!value.isEmpty()) {
            parts.add(value);
        }
    }
}
