package dev.datalayerlint.core.run;

import java.io.File;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The ignore patterns of a run, in the platform's glob syntax ({@link FileSystem#getPathMatcher}) but matched by
 * {@link GlobMatcher}, in linear time: a pattern from a configuration file cannot hang the run.
 * Two conveniences on top of plain globs, as in {@code .gitignore}: a pattern that matches a folder ignores
 * everything below it ({@code legacy}, {@code legacy/} and {@code legacy/**} are the same), and a leading
 * {@code **}{@code /} also matches at the top level ({@code **}{@code /*.tmp.json} ignores {@code a.tmp.json}).
 */
public final class PathIgnores {

    static final PathIgnores NONE = new PathIgnores(List.of());

    private final List<GlobMatcher> matchers = new ArrayList<>();

    PathIgnores(List<String> patterns) {
        for (String pattern : patterns) {
            String glob = pattern.trim();
            while (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            while (glob.length() > 1 && glob.endsWith("/")) {
                glob = glob.substring(0, glob.length() - 1);
            }
            matchers.add(new GlobMatcher(glob));
            if (glob.startsWith("**/")) {
                matchers.add(new GlobMatcher(glob.substring(3)));
            }
        }
    }

    boolean isEmpty() {
        return matchers.isEmpty();
    }

    /**
     * @param path relative to the base directory (absolute when it lies outside it)
     * @return true when the path, or a folder it lies in, matches a pattern
     */
    boolean ignores(Path path) {
        if (matchers.isEmpty() || path.getNameCount() == 0) {
            return false;
        }
        Path root = path.getRoot();
        for (int end = 1; end <= path.getNameCount(); end++) {
            Path prefix = path.subpath(0, end);
            if (root != null) {
                prefix = root.resolve(prefix);
            }
            String text = prefix.toString().replace(File.separatorChar, '/');
            for (GlobMatcher matcher : matchers) {
                if (matcher.matches(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Checks that {@code pattern} is a glob the ignore list accepts.
     *
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static void checkGlob(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("an ignore pattern must not be empty");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "'" + pattern + "' is not a valid glob: "
                            + e.getDescription().replace("Missing ']", "missing ']'") + " at index " + e.getIndex(),
                    e);
        }
        try {
            new GlobMatcher(pattern.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a valid glob: " + e.getMessage(), e);
        }
    }
}
