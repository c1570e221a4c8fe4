package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.ContractBook;
import dev.datalayerlint.core.spi.UsageException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code datalayer-lint contracts [show ID]}: what contracts there are, and what one of them says. */
@Command(
        name = "contracts",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the contract ids with a one-line description; 'contracts show ID' prints a schema and every schema"
                    + " it references ('--resolved': as one self-contained schema)."
        })
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

    private final Path workingDirectory;

    ContractsCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Option(
            names = "--resolved",
            description = "With 'show': print one self-contained schema, every schema it references embedded under"
                    + " $defs (JSON Schema 2020-12 bundling).")
    boolean resolved;

    @Override
    public Integer call() {
        ContractBook book = ContractBook.load(workingDirectory, contractDirectories);
        PrintWriter out = spec.commandLine().getOut();
        if (words.isEmpty() && format.json()) {
            ArrayNode list = ListFormat.array();
            for (ContractBook.Entry contract : book.entries()) {
                ObjectNode entry = list.addObject().put("id", contract.id()).put("summary", contract.summary());
                contract.events().forEach(entry.putArray("events")::add);
            }
            ListFormat.print(list, out);
            return ExitCode.OK;
        }
        if (words.isEmpty()) {
            int width =
                    book.entries().stream().mapToInt(c -> c.id().length()).max().orElse(0);
            for (ContractBook.Entry contract : book.entries()) {
                String events = contract.events().isEmpty()
                        ? "--contract only"
                        : "events: " + String.join(", ", contract.events());
                out.printf("%-" + width + "s  %s (%s)%n", contract.id(), contract.summary(), events);
            }
            return ExitCode.OK;
        }
        if (words.size() != 2 || !"show".equals(words.get(0))) {
            throw new UsageException("usage: datalayer-lint contracts [show ID]");
        }
        String id = words.get(1);
        if (resolved) {
            out.println(book.resolved(id).toPrettyString());
            return ExitCode.OK;
        }
        JsonNode schema = book.schema(id);
        List<String> references = book.references(id);
        if (references.isEmpty()) {
            out.println(schema.toPrettyString());
            return ExitCode.OK;
        }
        // Several documents: each under its id, so a reader sees which rule comes from where.
        out.println(id + ":");
        out.println(schema.toPrettyString());
        for (String reference : references) {
            out.println();
            out.println(reference + " (referenced by " + id + "):");
            out.println(book.schema(reference).toPrettyString());
        }
        return ExitCode.OK;
    }
}
