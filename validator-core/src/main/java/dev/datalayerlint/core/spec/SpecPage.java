package dev.datalayerlint.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * One tagging-spec page as read: everything {@code spec lint} checks and {@code spec compile} turns into a contract.
 *
 * @param file the page's name as findings carry it (relative to where the run started)
 * @param title the text of the first level-1 heading, or null
 * @param tableLine 1-based page line of the variable table's header, or 0 when the page has no such table
 * @param rows the table's rows in page order (empty without a table)
 * @param code the code block, or null when the page has none
 * @param links every link in the page, in order
 * @param extensions the {@code ## Schema Extensions} block, or null when the page has none
 * @param suppressions the page's {@code <!-- datalayer-lint-disable … -->} comments
 */
public record SpecPage(
        String file,
        String title,
        int tableLine,
        List<SpecRow> rows,
        SpecCode code,
        List<SpecLink> links,
        SchemaExtensions extensions,
        SpecSuppressions suppressions) {

    public SpecPage {
        rows = List.copyOf(rows);
        links = List.copyOf(links);
        suppressions = suppressions == null ? SpecSuppressions.NONE : suppressions;
    }

    /** A page without schema extensions or suppressions. */
    public SpecPage(String file, String title, int tableLine, List<SpecRow> rows, SpecCode code, List<SpecLink> links) {
        this(file, title, tableLine, rows, code, links, null, SpecSuppressions.NONE);
    }

    public Optional<SchemaExtensions> schemaExtensions() {
        return Optional.ofNullable(extensions);
    }

    public boolean hasTable() {
        return tableLine > 0;
    }

    public Optional<SpecCode> codeBlock() {
        return Optional.ofNullable(code);
    }

    /** The event the code block pushes, if it pushes one. */
    public Optional<String> event() {
        return codeBlock().flatMap(SpecCode::eventPush).flatMap(CodeValue.CodePush::event);
    }

    public Optional<SpecRow> row(String field) {
        return rows.stream().filter(r -> field.equals(r.field())).findFirst();
    }
}
