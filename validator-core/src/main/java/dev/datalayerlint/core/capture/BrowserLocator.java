package dev.datalayerlint.core.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Chromium to drive. We ship no browser (Selenium and Playwright pin or download one): QA already has one,
 * and the DevTools protocol subset we use is stable across versions. An explicit path wins, then {@code CHROME_PATH},
 * then the usual names on {@code PATH}.
 */
public final class BrowserLocator {

    /** Executable names looked up on {@code PATH}, in this order. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private BrowserLocator() {}

    /**
     * @param explicit a path the user gave ({@code --browser}), or null
     * @return the browser executable; empty when none is found
     */
    public static Optional<Path> find(Path explicit) {
        return find(explicit, System.getenv("CHROME_PATH"), System.getenv("PATH"));
    }

    static Optional<Path> find(Path explicit, String chromePath, String path) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        if (chromePath != null && !chromePath.isBlank()) {
            return Optional.of(Path.of(chromePath));
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
