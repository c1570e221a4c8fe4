package dev.datalayerlint.core.spec;

import java.util.List;

/**
 * One table cell as the page shows it: its plain text (backticks and link syntax removed), the code spans it holds
 * (each one example when a cell lists several) and the target of its first link, with the cell's place in the page.
 *
 * @param text the cell's visible text, trimmed
 * @param codeSpans the literal of each {@code `code`} span, in order
 * @param link the destination of the first link in the cell, or null
 * @param line 1-based page line
 * @param column 1-based page column of the cell's first character
 */
public record SpecCell(String text, List<String> codeSpans, String link, int line, int column) {

    public SpecCell {
        codeSpans = List.copyOf(codeSpans);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
