package dev.datalayerlint.core.capture;

import static org.junit.jupiter.api.Assertions.fail;

import dev.datalayerlint.fixtures.BrowserProcesses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The Chromium the capture tests drive. Without one they are skipped on a developer's machine, but they fail where
 * {@code DATALAYER_LINT_REQUIRE_CHROMIUM=1} is set (CI installs the browser and sets it), so they cannot silently
 * stop running.
 */
public final class Browsers {

    private Browsers() {}

    public static Path chromium() {
        Optional<Path> browser = BrowserLocator.find(null);
        if (browser.isEmpty()) {
            if ("1".equals(System.getenv("DATALAYER_LINT_REQUIRE_CHROMIUM"))) {
                fail("no Chromium found (PATH: " + String.join(", ", BrowserLocator.NAMES)
                        + ", or CHROME_PATH) and DATALAYER_LINT_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort("no Chromium on PATH or CHROME_PATH");
        }
        return browser.get();
    }

    /** Browser processes left behind by any capture on this machine (see {@link BrowserProcesses#orphans()}). */
    public static java.util.List<ProcessHandle> orphans() {
        return BrowserProcesses.orphans();
    }

    /** Processes still running whose command line names {@code profileRoot}: a browser left behind. */
    static java.util.List<ProcessHandle> processesUsing(Path profileRoot) {
        String marker = profileRoot.toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(marker)
                        || p.info()
                                .arguments()
                                .map(a -> String.join(" ", a))
                                .orElse("")
                                .contains(marker))
                .toList();
    }
}
