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

/**
 * The recordings to validate, configured like any Maven file set:
 *
 * <pre>
 * &lt;recordings&gt;
 *   &lt;directory&gt;src/test/datalayer&lt;/directory&gt;
 *   &lt;includes&gt;&lt;include&gt;**&#47;*.json&lt;/include&gt;&lt;/includes&gt;
 *   &lt;excludes&gt;&lt;exclude&gt;drafts/**&lt;/exclude&gt;&lt;/excludes&gt;
 * &lt;/recordings&gt;
 * </pre>
 *
 * What is left out gets the plugin's defaults, and the set is expanded by Maven's {@link FileSetManager} (Ant-style
 * patterns, Maven's default excludes such as {@code .git/**}). On the command line,
 * {@code -Ddatalayer.recordings=DIR} sets only the directory: Maven hands a plain value to {@link #set(String)}.
 */
public class RecordingSet {

    /** The directory searched when none is configured, relative to the project's base directory. */
    public static final String DEFAULT_DIRECTORY = "src/test/datalayer";

    /** The include patterns used when none are configured: every recording format the core reads. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.js", "**/*.json", "**/*.ndjson", "**/*.jsonl");

    private String directory;
    private List<String> includes = new ArrayList<>();
    private List<String> excludes = new ArrayList<>();

    public RecordingSet() {}

    RecordingSet(String directory, List<String> includes, List<String> excludes) {
        this.directory = directory;
        this.includes = new ArrayList<>(includes);
        this.excludes = new ArrayList<>(excludes);
    }

    /** Maven's hook for a plain value ({@code <recordings>DIR</recordings>} or the user property): the directory. */
    public void set(String directory) {
        this.directory = directory;
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = includes == null ? new ArrayList<>() : new ArrayList<>(includes);
    }

    public List<String> getExcludes() {
        return excludes;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes == null ? new ArrayList<>() : new ArrayList<>(excludes);
    }

    /** The directory to search, resolved against {@code basedir} when relative (the default when unset). */
    Path directory(Path basedir) {
        String configured = directory == null || directory.isBlank() ? DEFAULT_DIRECTORY : directory.trim();
        return basedir.resolve(configured).normalize();
    }

    /** The include patterns in force: the configured ones, else {@link #DEFAULT_INCLUDES}. */
    List<String> effectiveIncludes() {
        return includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    }

    /** The matching files as absolute paths, sorted; empty when the directory does not exist. */
    List<Path> files(Path basedir) {
        return expand(basedir).files();
    }

    /**
     * The matching files, split into those to read and those never opened: a symbolic link whose target lies outside
     * the directory, and anything that is not a regular file (a FIFO, a device). The core reads every path it is given
     * as one the user named, so the folder rule of {@code docs/security.md} is applied here, where the folder is
     * searched.
     */
    Expansion expand(Path basedir) {
        Path root = directory(basedir);
        FileSet set = new FileSet();
        set.setDirectory(root.toString());
        set.setIncludes(new ArrayList<>(effectiveIncludes()));
        set.setExcludes(new ArrayList<>(excludes));
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
    List<Path> expand(Path basedir, Log log) {
        Expansion found = expand(basedir);
        for (Path skipped : found.skipped()) {
            log.warn("datalayer-lint: " + PrintableText.escape(BuildOutcome.shown(basedir, skipped))
                    + " is a symbolic link leading outside the recordings directory or not a regular file: not read"
                    + " (see docs/security.md)");
        }
        if (found.files().isEmpty()) {
            Path root = directory(basedir);
            String what = "datalayer-lint: no recordings in " + BuildOutcome.shown(basedir, root);
            if (Files.isDirectory(root)) {
                log.warn(what + " match " + String.join(", ", effectiveIncludes()) + ": nothing validated");
            } else {
                log.info(what + " (no such directory): nothing validated");
            }
        }
        return found.files();
    }

    /** Files to read, and files skipped because they lead out of the directory or are not regular files. */
    record Expansion(List<Path> files, List<Path> skipped) {}

    @Override
    public String toString() {
        return "directory " + (directory == null ? DEFAULT_DIRECTORY : directory) + ", includes "
                + String.join(", ", effectiveIncludes())
                + (excludes.isEmpty() ? "" : ", excludes " + String.join(", ", excludes));
    }
}
