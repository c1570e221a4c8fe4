package dev.datalayerlint.core.run;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The ignore patterns of a run, compiled with the platform's own glob matcher ({@link FileSystem#getPathMatcher}).
 * Two conveniences on top of plain globs, as in {@code .gitignore}: a pattern that matches a folder ignores
 * everything below it ({@code legacy}, {@code legacy/} and {@code legacy/**} are the same), and a leading
 * {@code **}{@code /} also matches at the top level ({@code **}{@code /*.tmp.json} ignores {@code a.tmp.json}).
 */
public final class PathIgnores {

    static final PathIgnores NONE = new PathIgnores(List.of());

    private final List<PathMatcher> matchers = new ArrayList<>();

    PathIgnores(List<String> patterns) {
        FileSystem fs = FileSystems.getDefault();
        for (String pattern : patterns) {
            String glob = pattern.trim();
            while (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            while (glob.length() > 1 && glob.endsWith("/")) {
                glob = glob.substring(0, glob.length() - 1);
            }
            matchers.add(fs.getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(fs.getPathMatcher("glob:" + glob.substring(3)));
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
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(prefix)) {
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
    }
}
