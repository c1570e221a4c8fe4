package dev.datalayerlint.core.api;

import dev.datalayerlint.core.model.ReplayRenderer;
import dev.datalayerlint.core.run.FileRun;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.UsageException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replays recordings through GTM's data-model merge and writes each push with the model after it, like the Data
 * Layer tab of GTM's preview mode. Nothing is validated: this is for seeing what a tag would read.
 */
public final class Replay {

    private Replay() {}

    /**
     * Replays each file (or folder of recordings) with a fresh model; a file named twice is replayed once.
     *
     * @param format {@code text} for people or {@code json} (format documented in {@code docs/replay.md})
     * @throws UsageException for an unknown format or a path that does not exist
     */
    public static void replay(List<Path> files, Path workingDirectory, String format, Writer out) {
        ReplayRenderer.Format rendering;
        try {
            rendering = ReplayRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("replay --format takes text or json, not '" + format + "'");
        }
        Path base = workingDirectory.toAbsolutePath().normalize();
        Set<Path> distinct = new LinkedHashSet<>(); // by where it is on disk
        for (Path file : files) {
            Path resolved = base.resolve(file).normalize();
            if (!Files.exists(resolved)) {
                throw new UsageException("no such file or folder: " + file);
            }
            distinct.add(resolved);
        }
        FileRun reader = new FileRun(LintProfile.defaults().linter(), base, List.of());
        try (ReplayRenderer renderer = new ReplayRenderer(out, rendering)) {
            for (Path file : distinct) {
                reader.read(Input.path(file), renderer, renderer::startPage);
            }
        }
    }
}
