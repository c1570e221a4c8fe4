package dev.datalayerlint.cli;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code datalayer-lint contracts [show ID]}: what contracts there are, and what one of them says. */
@Command(
        name = "contracts",
        mixinStandardHelpOptions = true,
        description = {"Lists the contract ids with a one-line description; 'contracts show ID' prints a schema."})
final class ContractsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "show ID", description = "'show' followed by a contract id.")
    List<String> words = new ArrayList<>();

    @Option(
            names = "--contracts",
            paramLabel = "DIR",
            description = "A folder of project contracts that extend or override the shipped ones (repeatable).")
    List<Path> contractDirectories = new ArrayList<>();

    @Mixin
    ListFormat format = new ListFormat();

    @Override
    public Integer call() {
        ContractCatalog catalog = ContractCatalog.load(contractDirectories);
        PrintWriter out = spec.commandLine().getOut();
        if (words.isEmpty() && format.json()) {
            ArrayNode list = ListFormat.array();
            for (Contract contract : catalog.contracts()) {
                ObjectNode entry = list.addObject().put("id", contract.id()).put("summary", contract.summary());
                contract.events().forEach(entry.putArray("events")::add);
            }
            ListFormat.print(list, out);
            return ExitCode.OK;
        }
        if (words.isEmpty()) {
            int width = catalog.contracts().stream()
                    .mapToInt(c -> c.id().length())
                    .max()
                    .orElse(0);
            for (Contract contract : catalog.contracts()) {
                String events = contract.events().isEmpty()
                        ? "--contract only"
                        : "events: " + String.join(", ", contract.events());
                out.printf("%-" + width + "s  %s (%s)%n", contract.id(), contract.summary(), events);
            }
            return ExitCode.OK;
        }
        if (words.size() != 2 || !"show".equals(words.get(0))) {
            throw new Main.UsageException("usage: datalayer-lint contracts [show ID]");
        }
        Contract contract = catalog.byId(words.get(1))
                .orElseThrow(() -> new Main.UsageException("unknown contract '" + words.get(1) + "'"
                        + catalog.closest(words.get(1))
                                .map(known -> " (did you mean '" + known + "'?)")
                                .orElse("")
                        + "; 'datalayer-lint contracts' lists them"));
        out.println(contract.schema().toPrettyString());
        return ExitCode.OK;
    }
}
