package dev.datalayerlint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
 * What is left out gets the plugin's defaults, and {@link RecordingFiles} expands the set with Maven's file-set manager (Ant-style
 * patterns, Maven's default excludes such as {@code .git/**}). On the command line,
 * {@code -Ddatalayer.recordings=DIR} sets only the directory: Maven hands a plain value to {@link #set(String)}.
 */
// Compiled for Java 8 with the goal classes: Maven creates it before LintMojo checks the JDK.
public class RecordingSet {

    /** The directory searched when none is configured, relative to the project's base directory. */
    public static final String DEFAULT_DIRECTORY = "src/test/datalayer";

    /** The include patterns used when none are configured: every recording format the core reads. */
    public static final List<String> DEFAULT_INCLUDES =
            Collections.unmodifiableList(Arrays.asList("**/*.js", "**/*.json", "**/*.ndjson", "**/*.jsonl"));

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
        String configured = directory == null || directory.trim().isEmpty() ? DEFAULT_DIRECTORY : directory.trim();
        return basedir.resolve(configured).normalize();
    }

    List<String> excludes() {
        return Collections.unmodifiableList(excludes);
    }

    /** The include patterns in force: the configured ones, else {@link #DEFAULT_INCLUDES}. */
    List<String> effectiveIncludes() {
        return includes.isEmpty() ? DEFAULT_INCLUDES : Collections.unmodifiableList(new ArrayList<>(includes));
    }

    @Override
    public String toString() {
        return "directory " + (directory == null ? DEFAULT_DIRECTORY : directory) + ", includes "
                + String.join(", ", effectiveIncludes())
                + (excludes.isEmpty() ? "" : ", excludes " + String.join(", ", excludes));
    }
}
