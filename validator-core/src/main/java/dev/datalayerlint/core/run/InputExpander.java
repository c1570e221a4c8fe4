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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns inputs into recordings to read: folders are searched (sorted, hidden files and folders skipped) for the
 * supported extensions, and every file gets the name findings will carry, relative to the base directory. Files and
 * folders matching an ignore pattern are skipped before anything is read, even when named on the command line; a
 * configuration file met while searching a folder is not taken for a recording. Nothing but regular files is ever
 * opened ({@link HostFiles}), and a folder search does not follow symbolic links out of the folder given, so a
 * recording in a pull request cannot make the run read, and quote, a file of the machine it runs on.
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
            Optional<String> refused = HostFiles.refusal(path);
            if (refused.isPresent()) {
                return List.of(problem(InputRules.UNREADABLE, "folder " + refused.get(), name));
            }
            return expandFolder(path, name);
        }
        if (!Files.exists(path)) {
            return List.of(problem(InputRules.UNREADABLE, "file not found", name));
        }
        if (RecordingFormat.forFileName(path.getFileName().toString()).isEmpty()) {
            return List.of(problem(
                    InputRules.UNSUPPORTED,
                    "not a recording datalayer-lint reads (supported: " + RecordingFormat.supportedExtensions() + ")"
                            + (isHtml(path)
                                    ? "; this looks like HTML: record a page's pushes with 'datalayer-lint capture URL'"
                                            + " (see docs/capture.md)"
                                    : ""),
                    name));
        }
        // A path named explicitly is the user's choice: a symbolic link is followed, wherever it leads, but never to
        // something that is not a regular file or that lies in /proc, /sys or /dev.
        Optional<String> refused = HostFiles.refusal(path);
        if (refused.isPresent()) {
            return List.of(problem(InputRules.UNREADABLE, "file " + refused.get(), name));
        }
        if (!Files.isReadable(path)) {
            return List.of(problem(InputRules.UNREADABLE, "file is not readable (permissions)", name));
        }
        return List.of(file(path, path));
    }

    /**
     * The recordings of a folder, sorted by name. Symbolic links are not followed out of the folder: a link is read
     * only when it leads to a regular file inside the folder given (a link to a folder inside it is not followed, its
     * files are read where they are). Any other link with a recording's extension, or a link to a folder outside, is
     * skipped with an {@code input.skipped} finding that names the link and nothing of its target; so is a FIFO,
     * device or socket with a recording's extension.
     */
    private List<Item> expandFolder(Path folder, String name) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            return List.of(problem(InputRules.UNREADABLE, "cannot read folder: " + e.getMessage(), name));
        }
        List<Path[]> files = new ArrayList<>();
        List<Item> skipped = new ArrayList<>();
        int[] ignored = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHiddenName(dir) || HostFiles.isSystem(root.resolve(folder.relativize(dir)))) {
                        return FileVisitResult.SKIP_SUBTREE; // no link is followed below root: this is the real path
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
                    boolean recording =
                            RecordingFormat.forFileName(fileName).isPresent() && !CONFIG_FILE_NAMES.contains(fileName);
                    if (isHiddenName(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        link(file, recording);
                        return FileVisitResult.CONTINUE;
                    }
                    if (!recording) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isIgnored(file)) {
                        ignored[0]++;
                    } else if (attributes.isRegularFile()) {
                        files.add(new Path[] {file, file});
                    } else {
                        skip(file, "is not a regular file (a FIFO, device or socket); not read");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(folder)) {
                        throw e;
                    }
                    skip(file, "cannot be read (" + e.getClass().getSimpleName() + "); not read");
                    return FileVisitResult.CONTINUE;
                }

                private void link(Path link, boolean recording) {
                    if (isIgnored(link)) {
                        ignored[0]++;
                        return;
                    }
                    Path target;
                    try {
                        target = link.toRealPath();
                    } catch (IOException | SecurityException e) {
                        if (recording) {
                            skip(link, "is a symbolic link to nothing that can be read; not followed");
                        }
                        return;
                    }
                    boolean inside = target.startsWith(root) && !HostFiles.isSystem(target);
                    if (Files.isDirectory(target)) {
                        if (!inside) {
                            skip(link, "is a symbolic link to a folder outside " + name + "; not followed");
                        }
                    } else if (!recording) {
                        return;
                    } else if (!inside) {
                        skip(link, "is a symbolic link leading outside " + name + "; not followed");
                    } else if (!Files.isRegularFile(target)) {
                        skip(link, "is a symbolic link to something that is not a regular file; not followed");
                    } else {
                        files.add(new Path[] {link, target});
                    }
                }

                private void skip(Path file, String why) {
                    skipped.add(problem(InputRules.SKIPPED, why, name(file)));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of(problem(InputRules.UNREADABLE, "cannot read folder: " + e.getMessage(), name));
        }
        List<Item> items = new ArrayList<>();
        files.stream().sorted(Comparator.comparing(pair -> pair[0])).forEach(pair -> items.add(file(pair[0], pair[1])));
        if (items.isEmpty() && ignored[0] == 0) {
            items.add(problem(
                    InputRules.NO_FILES,
                    "folder holds no recording (" + RecordingFormat.supportedExtensions() + ")",
                    name));
        }
        items.addAll(skipped);
        return items;
    }

    /**
     * @param shown the path the finding names (a symbolic link's own name)
     * @param read the path that is opened (a link's target, resolved once here)
     */
    private Item file(Path shown, Path read) {
        RecordingFormat format =
                RecordingFormat.forFileName(shown.getFileName().toString()).orElseThrow();
        return new Item(new FileSource(read, name(shown)), format, null);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isHiddenName(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    /**
     * True when an ignore pattern matches the path relative to the base directory (or its absolute path), or a
     * folder it lies in.
     */
    private boolean isIgnored(Path path) {
        return ignores.ignoresFile(base, path);
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
