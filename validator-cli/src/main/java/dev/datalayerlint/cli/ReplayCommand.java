package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Replay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datalayer-lint replay}: each push and GTM's data model after it, like the Data Layer tab of GTM preview. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a recording through GTM's data-model merge and prints each push with the model after it.",
            "JSON output is documented in docs/replay.md (undefined values appear as null, listed in jsValues)."
        })
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Recordings (.js, .json, .ndjson or .jsonl) or folders of them; each starts with an empty"
                    + " model, and a file named twice is replayed once.")
    List<Path> files;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    private final Path workingDirectory;

    ReplayCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Replay.replay(files, workingDirectory, format, out);
        out.flush();
        return ExitCode.OK;
    }
}
