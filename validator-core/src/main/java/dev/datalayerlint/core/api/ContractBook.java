package dev.datalayerlint.core.api;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.spi.UsageException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The contracts a run would use, shipped and project ones, as a reader sees them: ids, summaries, events and
 * schemas. What {@code contracts} prints; the compiled form stays inside {@link LintProfile}.
 */
public final class ContractBook {

    /**
     * One contract as listed.
     *
     * @param events the event names it is chosen for; empty for a contract used only when named
     */
    public record Entry(String id, String summary, List<String> events) {
        public Entry {
            events = List.copyOf(events);
        }
    }

    private final ContractCatalog catalog;

    private ContractBook(ContractCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The shipped contracts and those of {@code projectFolders} (relative to {@code workingDirectory}).
     *
     * @throws UsageException for a folder or a contract that cannot be used
     */
    public static ContractBook load(Path workingDirectory, List<Path> projectFolders) {
        return new ContractBook(ContractCatalog.load(projectFolders.stream()
                .map(workingDirectory.toAbsolutePath()::resolve)
                .toList()));
    }

    public List<Entry> entries() {
        return catalog.contracts().stream()
                .map(c -> new Entry(c.id(), c.summary(), c.events()))
                .toList();
    }

    /**
     * A schema by id, a contract or one contracts refer to ({@code ga4/item}).
     *
     * @throws UsageException when no schema has this id
     */
    public JsonNode schema(String id) {
        return catalog.schema(id).orElseThrow(() -> unknown(id));
    }

    /** The ids of the schemas {@code id} refers to through {@code $ref}, directly or not, in the order first met. */
    public List<String> references(String id) {
        schema(id);
        return catalog.references(id);
    }

    /**
     * Schema {@code id} as one self-contained schema, every schema it refers to embedded under {@code $defs} (JSON
     * Schema 2020-12 bundling).
     *
     * @throws UsageException when no schema has this id
     */
    public JsonNode resolved(String id) {
        return catalog.resolved(id).orElseThrow(() -> unknown(id));
    }

    private UsageException unknown(String id) {
        return new UsageException("unknown contract '" + id + "'"
                + catalog.closest(id)
                        .map(known -> " (did you mean '" + known + "'?)")
                        .orElse("")
                + "; 'datalayer-lint contracts' lists them");
    }
}
