package dev.datalayerlint.core.api;

import dev.datalayerlint.core.contract.Contract;
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
     * @throws UsageException when no contract has this id
     */
    public JsonNode schema(String id) {
        return contract(id).schema();
    }

    private Contract contract(String id) {
        return catalog.byId(id)
                .orElseThrow(() ->
                        new UsageException("unknown contract '" + id + "'; 'datalayer-lint contracts' lists them"));
    }
}
