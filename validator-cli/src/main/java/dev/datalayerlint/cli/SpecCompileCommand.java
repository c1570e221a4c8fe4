package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Specs;
import dev.datalayerlint.core.spi.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint spec compile}: one core call, then the schema files. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = {
            "Compiles tagging-spec pages into draft 2020-12 contracts for 'validate --contracts DIR'.",
            "A page for an event a shipped contract routes (refund) overrides that contract (ga4/refund);",
            "other pages become spec/<page path>. Pages without a variable table are skipped."
        },
        footer = {
            "",
            "Example:",
            "  datalayer-lint spec compile docs/tracking --out target/contracts",
            "  datalayer-lint validate --contracts target/contracts recordings/"
        })
final class SpecCompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec pages or folders of pages.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the schemas to.")
    Path out;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Path workingDirectory;

    SpecCompileCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        Specs.Compilation compilation = Specs.compile(workingDirectory, paths, out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Specs.Written schema : compilation.written()) {
            stdout.println(schema.page() + " -> " + schema.file() + " (" + schema.id() + ")");
        }
        PrintWriter stderr = spec.commandLine().getErr();
        for (Finding problem : compilation.problems()) {
            stderr.println("datalayer-lint: " + problem.location() + ": " + problem.message());
        }
        stdout.flush();
        return compilation.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
