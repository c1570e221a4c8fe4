package dev.datalayerlint.core.run;

import dev.datalayerlint.core.spi.RecordingFormat;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Glob arguments ({@code 'recordings/**}{@code /*.json'}), expanded by the tool rather than the shell, as ESLint and
 * Spectral do: quoted, a glob means the same in bash, zsh, PowerShell, cmd and a Maven property, and {@code **} works
 * where the shell has no globstar. The syntax is the ignore list's ({@link GlobMatcher}, linear time).
 *
 * <p>The folder walked is the glob's literal beginning ({@code recordings} for {@code recordings/**}{@code /*.json});
 * hidden files and folders are skipped, symbolic links are not followed, and only regular files of a type
 * datalayer-lint reads (not configuration files) are kept, sorted. Each file is then read like a path named on the
 * command line, so ignore patterns apply to it.
 */
public final class GlobPaths {

    private GlobPaths() {}

    /** True when {@code argument} holds a glob character: {@code * ? [ {}. */
    public static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The files {@code glob} matches.
     *
     * @param base the folder a relative glob starts from
     * @throws IllegalArgumentException when the glob is not valid, with what is wrong
     * @throws UncheckedIOException when the folder cannot be walked
     */
    public static List<Path> expand(Path base, String glob) {
        String pattern = glob.replace(File.separatorChar, '/');
        while (pattern.startsWith("./")) {
            pattern = pattern.substring(2);
        }
        List<String> names = List.of(pattern.split("/", -1));
        int literal = 0;
        while (literal < names.size() - 1
                && !isGlob(names.get(literal))
                && !names.get(literal).contains("\\")) {
            literal++;
        }
        String prefix = String.join("/", names.subList(0, literal));
        Path root = base.resolve(prefix.isEmpty() ? (pattern.startsWith("/") ? "/" : ".") : prefix)
                .normalize();
        GlobMatcher matcher = new GlobMatcher(String.join("/", names.subList(literal, names.size())));
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Path start = root;
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(start) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile()
                            && !hidden(file)
                            && RecordingFormat.forFileName(name).isPresent()
                            && !InputExpander.CONFIG_FILE_NAMES.contains(name)
                            && matcher.matches(start.relativize(file).toString().replace(File.separatorChar, '/'))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable below the root: not a match
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
