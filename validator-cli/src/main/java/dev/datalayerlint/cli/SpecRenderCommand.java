package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Specs;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint spec render}: a contract written as a tagging-spec page. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a contract as a tagging-spec page (code block with placeholders and field comments, and the",
            "variable table), the layout 'spec lint' and 'spec compile' read."
        },
        footer = {
            "",
            "Examples:",
            "  datalayer-lint spec render ga4/refund > refund.md",
            "  datalayer-lint spec render my-contract.json"
        })
final class SpecRenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT|FILE", description = "A shipped contract id (ga4/refund) or a schema file.")
    String contract;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the page to FILE instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Path workingDirectory;

    SpecRenderCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        String page = Specs.render(workingDirectory, contract);
        if (output != null) {
            Path target = workingDirectory.resolve(output);
            try {
                Files.writeString(target, page);
            } catch (IOException | SecurityException e) {
                throw new UsageException("cannot write " + target + ": " + e);
            }
        } else {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
