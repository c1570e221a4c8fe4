package dev.datalayerlint.cli;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.catalog.RuleDocs;
import dev.datalayerlint.core.spi.RuleDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint explain RULE}: the rule's page (docs/rules/RULE.md, shipped in the core jar). */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a rule's page (docs/rules/RULE.md).",
            "What it catches, why it matters for GA4, a failing and a passing example, its default severity and how",
            "to turn it off. 'datalayer-lint rules' lists the rule ids."
        },
        footer = {"", "Example:", "  datalayer-lint explain money.decimals"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, such as schema.pattern.")
    String id;

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        RuleDescriptor rule = catalog.find(id)
                .orElseThrow(() -> new Main.UsageException("unknown rule '" + id + "'"
                        + catalog.closest(id)
                                .map(s -> " (did you mean '" + s + "'?)")
                                .orElse("")
                        + "; 'datalayer-lint rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        String page = RuleDocs.page(rule)
                .orElseThrow(() -> new IllegalStateException(
                        "the page of " + rule.id() + " is missing from the jar (" + RuleDocs.resource(rule) + ")"));
        out.print(page.endsWith("\n") ? page : page + "\n");
        out.flush();
        return ExitCode.OK;
    }
}
