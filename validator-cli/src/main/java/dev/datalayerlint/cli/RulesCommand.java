package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RuleBook;
import dev.datalayerlint.core.spi.RuleDescriptor;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Collection<RuleDescriptor> rules = RuleBook.all();
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
