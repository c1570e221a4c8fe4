package dev.datalayerlint.maven;

import dev.datalayerlint.core.spi.PrintableText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.shared.model.fileset.FileSet;
import org.apache.maven.shared.model.fileset.util.FileSetManager;

/** A {@link RecordingSet} expanded by Maven's {@link FileSetManager} into the files to validate. */
final class RecordingFiles {

    private RecordingFiles() {}

    /** The matching files as absolute paths, sorted; empty when the directory does not exist. */
    static List<Path> files(RecordingSet recordings, Path basedir) {
        return expand(recordings, basedir).files();
    }

    /**
     * The matching files, split into those to read and those never opened: a symbolic link whose target lies outside
     * the directory, and anything that is not a regular file (a FIFO, a device). The core reads every path it is given
     * as one the user named, so the folder rule of {@code docs/security.md} is applied here, where the folder is
     * searched.
     */
    static Expansion expand(RecordingSet recordings, Path basedir) {
        Path root = recordings.directory(basedir);
        FileSet set = new FileSet();
        set.setDirectory(root.toString());
        set.setIncludes(new ArrayList<>(recordings.effectiveIncludes()));
        set.setExcludes(new ArrayList<>(recordings.excludes()));
        set.setUseDefaultExcludes(true);
        set.setFollowSymlinks(false);
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Path realRoot = null;
        for (Path file : Arrays.stream(new FileSetManager().getIncludedFiles(set))
                .map(root::resolve)
                .sorted()
                .toList()) {
            try {
                realRoot = realRoot == null ? root.toRealPath() : realRoot;
                Path real = file.toRealPath();
                if (real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                } else {
                    skipped.add(file);
                }
            } catch (IOException e) {
                skipped.add(file);
            }
        }
        return new Expansion(files, skipped);
    }

    /**
     * The files to read, after saying in {@code log} what was skipped and, when nothing matched, that nothing is
     * validated (a warning when the folder exists, so the patterns probably miss what was meant).
     */
    static List<Path> expand(RecordingSet recordings, Path basedir, Log log) {
        Expansion found = expand(recordings, basedir);
        for (Path skipped : found.skipped()) {
            log.warn("datalayer-lint: " + PrintableText.escape(BuildOutcome.shown(basedir, skipped))
                    + " is a symbolic link leading outside the recordings directory or not a regular file: not read"
                    + " (see docs/security.md)");
        }
        if (found.files().isEmpty()) {
            Path root = recordings.directory(basedir);
            String what = "datalayer-lint: no recordings in " + BuildOutcome.shown(basedir, root);
            if (Files.isDirectory(root)) {
                log.warn(what + " match " + String.join(", ", recordings.effectiveIncludes()) + ": nothing validated");
            } else {
                log.info(what + " (no such directory): nothing validated");
            }
        }
        return found.files();
    }

    /** Files to read, and files skipped because they lead out of the directory or are not regular files. */
    record Expansion(List<Path> files, List<Path> skipped) {}
}
