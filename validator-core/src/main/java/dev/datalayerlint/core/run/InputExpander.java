package dev.datalayerlint.core.run;

import dev.datalayerlint.core.recording.BytesSource;
import dev.datalayerlint.core.recording.FileSource;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns inputs into recordings to read: folders are searched (sorted, hidden files and folders skipped) for the
 * supported extensions, and every file gets the name findings will carry, relative to the base directory. Files and
 * folders matching an ignore pattern are skipped before anything is read, even when named on the command line; a
 * configuration file met while searching a folder is not taken for a recording.
 */
final class InputExpander {

    /** Names of configuration files, never read as recordings when a folder is searched. */
    static final Set<String> CONFIG_FILE_NAMES =
            Set.of("datalayer-lint.json", "datalayer-lint.yaml", "datalayer-lint.yml");

    /** A recording to read, or a problem with an input that is not one. */
    record Item(RecordingSource source, RecordingFormat format, InputProblem problem) {}

    private final Path base;
    private final PathIgnores ignores;

    InputExpander(Path base) {
        this(base, List.of());
    }

    InputExpander(Path base, List<String> ignore) {
        this.base = base.toAbsolutePath().normalize();
        this.ignores = ignore.isEmpty() ? PathIgnores.NONE : new PathIgnores(ignore);
    }

    List<Item> expand(Input input) {
        return switch (input) {
            case Input.PathInput(Path path) -> expandPath(path);
            case Input.TextInput text ->
                List.of(new Item(RecordingSource.ofText(text.name(), text.text()), text.format(), null));
            case Input.BytesInput bytes ->
                List.of(new Item(new BytesSource(bytes.name(), bytes.bytes()), bytes.format(), null));
            case Input.NodesInput nodes -> List.of(new Item(new NodesSource(nodes.name(), nodes.pushes()), null, null));
        };
    }

    private List<Item> expandPath(Path path) {
        String name = name(path);
        if (isIgnored(path)) {
            return List.of();
        }
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            int[] ignored = {0};
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (dir.equals(path)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (isHiddenName(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (isIgnored(dir)) {
                            ignored[0]++;
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String fileName = file.getFileName().toString();
                        if (!Files.isRegularFile(file)
                                || isHiddenName(file)
                                || CONFIG_FILE_NAMES.contains(fileName)
                                || RecordingFormat.forFileName(fileName).isEmpty()) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (isIgnored(file)) {
                            ignored[0]++;
                        } else {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                return List.of(problem(InputRules.UNREADABLE, "cannot read folder: " + e.getMessage(), name));
            }
            List<Item> items = new ArrayList<>();
            files.stream().sorted().forEach(p -> items.add(file(p)));
            if (items.isEmpty() && ignored[0] > 0) {
                return List.of();
            }
            if (items.isEmpty()) {
                return List.of(problem(
                        InputRules.NO_FILES,
                        "folder holds no recording (" + RecordingFormat.supportedExtensions() + ")",
                        name));
            }
            return items;
        }
        if (!Files.exists(path)) {
            return List.of(problem(InputRules.UNREADABLE, "file not found", name));
        }
        if (RecordingFormat.forFileName(path.getFileName().toString()).isEmpty()) {
            return List.of(problem(
                    InputRules.UNSUPPORTED,
                    "not a recording datalayer-lint reads (supported: " + RecordingFormat.supportedExtensions() + ")",
                    name));
        }
        if (!Files.isReadable(path)) {
            return List.of(problem(InputRules.UNREADABLE, "file is not readable (permissions)", name));
        }
        return List.of(file(path));
    }

    private Item file(Path path) {
        RecordingFormat format =
                RecordingFormat.forFileName(path.getFileName().toString()).orElseThrow();
        return new Item(new FileSource(path, name(path)), format, null);
    }

    private static boolean isHiddenName(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    /** True when an ignore pattern matches the path relative to the base directory, or a folder it lies in. */
    private boolean isIgnored(Path path) {
        if (ignores.isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        return ignores.ignores(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
    }

    private static Item problem(RuleDescriptor rule, String message, String name) {
        return new Item(null, null, new InputProblem(rule, message, SourceLocation.of(name)));
    }

    String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
