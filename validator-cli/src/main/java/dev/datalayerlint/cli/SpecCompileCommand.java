package dev.datalayerlint.cli;

import dev.datalayerlint.core.spec.CompiledSchema;
import dev.datalayerlint.core.spec.SpecRun;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
    public Integer call() throws IOException {
        for (Path path : paths) {
            if (!Files.exists(workingDirectory.resolve(path))) {
                throw new Main.UsageException("no such file or folder: " + path);
            }
        }
        SpecRun run = new SpecRun(workingDirectory);
        List<CompiledSchema> compiled = run.compile(paths);
        PrintWriter stdout = spec.commandLine().getOut();
        Path directory = workingDirectory.resolve(out);
        for (CompiledSchema schema : compiled) {
            Path file = directory.resolve(schema.fileName());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema.schema()) + "\n");
            } catch (IOException | SecurityException e) {
                throw new Main.UsageException("cannot write " + file + ": " + e);
            }
            stdout.println(schema.page() + " -> " + out.resolve(schema.fileName()) + " (" + schema.id() + ")");
        }
        PrintWriter stderr = spec.commandLine().getErr();
        for (Finding problem : run.problems()) {
            stderr.println("datalayer-lint: " + problem.location() + ": " + problem.message());
        }
        stdout.flush();
        return run.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
