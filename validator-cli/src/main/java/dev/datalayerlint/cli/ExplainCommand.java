package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RuleBook;
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(RuleBook.page(RuleBook.find(id)));
        out.flush();
        return ExitCode.OK;
    }
}
