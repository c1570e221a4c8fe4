package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RuleBook;
import dev.datalayerlint.core.spi.RuleDescriptor;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/** {@code datalayer-lint rules}: every rule id with its default severity and what it catches. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every rule: id, default severity and a one-line summary.",
            "'datalayer-lint explain RULE' prints a rule's page; the configuration file's \"rules\" tunes them."
        })
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListFormat format = new ListFormat();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Collection<RuleDescriptor> rules = RuleBook.all();
        if (format.json()) {
            ArrayNode list = ListFormat.array();
            for (RuleDescriptor rule : rules) {
                list.addObject()
                        .put("id", rule.id())
                        .put("severity", rule.defaultSeverity().label())
                        .put("summary", rule.summary())
                        .put("docs", rule.docsPath());
            }
            ListFormat.print(list, out);
            return ExitCode.OK;
        }
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleDescriptor rule : rules) {
            out.printf(
                    "%-" + width + "s  %-7s  %s%n",
                    rule.id(),
                    rule.defaultSeverity().label(),
                    rule.summary());
        }
        out.flush();
        return ExitCode.OK;
    }
}
