package dev.datalayerlint.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * What a run never opens, wherever a path comes from: anything but a regular file (a FIFO would block the run
 * forever, {@code /dev/zero} would fill the heap, a socket cannot be read as text) and anything in the kernel's
 * pseudo-file systems ({@code /proc}, {@code /sys}, {@code /dev}), whose "files" hold the process environment and
 * host state rather than recordings. Checked on the real path, after symbolic links, and without opening the file.
 */
final class HostFiles {

    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private HostFiles() {}

    /**
     * Why {@code path} must not be read as a recording, or empty when it is a regular file outside the system folders.
     * Symbolic links are followed.
     */
    static Optional<String> refusal(Path path) {
        Path real;
        BasicFileAttributes attributes;
        try {
            real = path.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot be resolved to a file (" + e.getClass().getSimpleName() + ")");
        }
        if (isSystem(real)) {
            return Optional.of("lies in a system folder (/proc, /sys, /dev) and is never read");
        }
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            return Optional.of("is not a regular file (a FIFO, device or socket) and is never read");
        }
        return Optional.empty();
    }

    /** True when the real path lies in {@code /proc}, {@code /sys} or {@code /dev}. */
    static boolean isSystem(Path real) {
        return SYSTEM_FOLDERS.stream().anyMatch(real::startsWith);
    }
}
