package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.capture.BrowserLocator;
import dev.datalayerlint.fixtures.Fixtures;
import dev.datalayerlint.fixtures.PageServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture stopped from outside (SIGTERM, what Ctrl-C and CI cancellation send) leaves no browser and no profile:
 * the runnable jar is started with its own temporary folder, stopped once its browser is listening, and the folder
 * and the process table are checked.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard: the waits are on the browser's files and the exit
class CaptureInterruptedIT {

    @TempDir
    Path dir;

    @Test
    void aStoppedCaptureLeavesNoBrowserAndNoProfile() throws Exception {
        if (BrowserLocator.find(null).isEmpty()) {
            if ("1".equals(System.getenv("DATALAYER_LINT_REQUIRE_CHROMIUM"))) {
                throw new AssertionError("no Chromium found and DATALAYER_LINT_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort("no Chromium on PATH or CHROME_PATH");
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (PageServer server = PageServer.serve(Fixtures.pages())) {
            Files.writeString(dir.resolve("steps.json"), "[{\"waitFor\": \"an event the page never pushes\"}]");
            List<String> command = new ArrayList<>();
            command.add(ProcessRun.java().toString());
            command.addAll(ProcessRun.quietJvmOptions());
            command.add("-Djava.io.tmpdir=" + tmp);
            command.addAll(
                    List.of("-jar", RunnableJarIT.runnableJar().toAbsolutePath().toString()));
            command.addAll(List.of("capture", server.url("thanks.html"), "--steps", "steps.json", "--timeout", "600"));
            Process capture = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile())
                    .start();
            try {
                while (!browserListening(tmp)) {
                    assertThat(capture.isAlive()).as("capture still running").isTrue();
                    Thread.sleep(50);
                }
                List<ProcessHandle> browser = capture.descendants().toList();
                assertThat(browser).isNotEmpty();
                capture.destroy(); // SIGTERM: the JVM runs its shutdown hooks
                assertThat(capture.waitFor(120, TimeUnit.SECONDS)).isTrue();
                for (ProcessHandle process : browser) {
                    process.onExit().get(60, TimeUnit.SECONDS);
                }
                try (Stream<Path> left = Files.list(tmp)) {
                    assertThat(left.map(p -> p.getFileName().toString()))
                            .noneMatch(name -> name.startsWith("datalayer-lint-chromium-"));
                }
            } finally {
                capture.destroyForcibly();
            }
        }
    }

    private static boolean browserListening(Path tmp) throws Exception {
        try (Stream<Path> roots = Files.list(tmp)) {
            return roots.filter(p -> p.getFileName().toString().startsWith("datalayer-lint-chromium-"))
                    .anyMatch(p -> Files.exists(p.resolve("profile/DevToolsActivePort")));
        }
    }
}
