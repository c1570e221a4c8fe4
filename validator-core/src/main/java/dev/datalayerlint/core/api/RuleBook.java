package dev.datalayerlint.core.api;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.catalog.RuleDocs;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.UsageException;
import java.util.List;

/**
 * Every rule the tool can report and its page: what {@code rules} and {@code explain} print, and what a team's own
 * tooling can list, without reaching into the catalog behind it.
 */
public final class RuleBook {

    private RuleBook() {}

    /** Every rule, input problems and schema families included, in the catalog's order. */
    public static List<RuleDescriptor> all() {
        return List.copyOf(RuleCatalog.builtIn().descriptors());
    }

    /**
     * @throws UsageException naming the closest id when {@code id} is not a rule
     */
    public static RuleDescriptor find(String id) {
        RuleCatalog catalog = RuleCatalog.builtIn();
        return catalog.find(id)
                .orElseThrow(() -> new UsageException("unknown rule '" + id + "'"
                        + catalog.closest(id)
                                .map(s -> " (did you mean '" + s + "'?)")
                                .orElse("")
                        + "; 'datalayer-lint rules' lists them"));
    }

    /** The rule's page ({@code docs/rules/ID.md}, shipped in the core jar), ending with a newline. */
    public static String page(RuleDescriptor rule) {
        String page = RuleDocs.page(rule)
                .orElseThrow(() -> new IllegalStateException(
                        "the page of " + rule.id() + " is missing from the jar (" + RuleDocs.resource(rule) + ")"));
        return page.endsWith("\n") ? page : page + "\n";
    }
}
