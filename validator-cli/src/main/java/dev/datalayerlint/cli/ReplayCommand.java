package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.model.ReplayRenderer;
import dev.datalayerlint.core.spi.Input;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Override
    public Integer call() {
        ReplayRenderer.Format rendering;
        try {
            rendering = ReplayRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("replay --format takes text or json, not '" + format + "'");
        }
        Map<Path, Path> distinct = new LinkedHashMap<>(); // by where it is on disk, as the user named it
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new Main.UsageException("no such file or folder: " + file);
            }
            distinct.putIfAbsent(file.toAbsolutePath().normalize(), file);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ReplayRenderer renderer = new ReplayRenderer(out, rendering)) {
            Validator validator = Validator.create();
            for (Path file : distinct.values()) {
                validator.read(Input.path(file), Path.of(""), renderer);
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
