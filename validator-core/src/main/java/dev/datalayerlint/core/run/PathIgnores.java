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
     * Ignore patterns written relative to {@code directory} (a configuration file's folder), as patterns for a run
     * whose base directory is {@code base}: unchanged when the two are the same folder, else anchored to the folder's
     * absolute path (paths are matched absolute as well as relative to the base), so {@code legacy/**} in
     * {@code repo/datalayer-lint.json} ignores {@code repo/legacy} also when the run starts in {@code repo/site}.
     */
    public static List<String> anchored(Path directory, Path base, List<String> patterns) {
        if (directory == null || patterns.isEmpty()) {
            return patterns;
        }
        Path folder = directory.toAbsolutePath().normalize();
        if (folder.equals(base.toAbsolutePath().normalize())) {
            return patterns;
        }
        String prefix = escape(folder.toString().replace(File.separatorChar, '/'));
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> anchored = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.trim();
            while (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            anchored.add(prefix + glob);
            if (glob.startsWith("**/")) {
                anchored.add(prefix + glob.substring(3)); // "**/" also matches at the folder's top level
            }
        }
        return anchored;
    }

    /** {@code text} as a glob that matches exactly it. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("*?[]{}\\,".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * True when {@code patterns} ignore {@code path}: matched relative to {@code base} (absolute when it lies
     * outside), and also absolute for patterns {@link #anchored} to another folder, as a run matches them.
     */
    public static boolean ignored(List<String> patterns, Path base, Path path) {
        return new PathIgnores(patterns).ignoresFile(base.toAbsolutePath().normalize(), path);
    }

    boolean ignoresFile(Path base, Path path) {
        if (isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        return ignores(absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                || (absolute.startsWith(base) && ignores(absolute));
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
