package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.Input;
import dev.datalayerlint.core.SourceLocation;
import dev.datalayerlint.core.recording.FileSource;
import dev.datalayerlint.core.recording.InputProblem;
import dev.datalayerlint.core.recording.RecordingFormat;
import dev.datalayerlint.core.recording.RecordingSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns inputs into recordings to read: folders are searched (sorted, hidden folders skipped) for the supported
 * extensions, and every file gets the name findings will carry, relative to the base directory.
 */
final class InputExpander {

    /** A recording to read, or a problem with an input that is not one. */
    record Item(RecordingSource source, RecordingFormat format, InputProblem problem) {}

    private final Path base;

    InputExpander(Path base) {
        this.base = base;
    }

    List<Item> expand(Input input) {
        return switch (input) {
            case Input.PathInput(Path path) -> expandPath(path);
            case Input.TextInput text ->
                List.of(new Item(RecordingSource.ofText(text.name(), text.text()), text.format(), null));
            case Input.NodesInput nodes -> List.of(new Item(new NodesSource(nodes.name(), nodes.pushes()), null, null));
        };
    }

    private List<Item> expandPath(Path path) {
        String name = name(path);
        if (Files.isDirectory(path)) {
            List<Item> items = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> Files.isRegularFile(p) && !isHidden(path, p))
                        .filter(p -> RecordingFormat.forFileName(p.getFileName().toString())
                                .isPresent())
                        .sorted()
                        .forEach(p -> items.add(file(p)));
            } catch (IOException | UncheckedIOException e) {
                return List.of(problem("input.unreadable", "cannot read folder: " + e.getMessage(), name));
            }
            if (items.isEmpty()) {
                return List.of(problem(
                        "input.no-files",
                        "folder holds no recording (" + RecordingFormat.supportedExtensions() + ")",
                        name));
            }
            return items;
        }
        if (!Files.exists(path)) {
            return List.of(problem("input.unreadable", "file not found", name));
        }
        if (RecordingFormat.forFileName(path.getFileName().toString()).isEmpty()) {
            return List.of(problem(
                    "input.unsupported",
                    "not a recording datalayer-lint reads (supported: " + RecordingFormat.supportedExtensions() + ")",
                    name));
        }
        if (!Files.isReadable(path)) {
            return List.of(problem("input.unreadable", "file is not readable (permissions)", name));
        }
        return List.of(file(path));
    }

    private Item file(Path path) {
        RecordingFormat format =
                RecordingFormat.forFileName(path.getFileName().toString()).orElseThrow();
        return new Item(new FileSource(path, name(path)), format, null);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Item problem(String rule, String message, String name) {
        return new Item(null, null, new InputProblem(rule, message, SourceLocation.of(name)));
    }

    String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
