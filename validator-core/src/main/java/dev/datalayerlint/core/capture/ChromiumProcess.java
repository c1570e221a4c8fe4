package dev.datalayerlint.core.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One headless Chromium with a fresh, throw-away profile, listening for the DevTools protocol on a port it picks
 * itself ({@code --remote-debugging-port=0}; the port is read back from {@code DevToolsActivePort} in the profile).
 * {@link #close()} stops the browser and every process it started and deletes the profile; a shutdown hook does
 * the same when the JVM is stopped (Ctrl-C), so no run leaves a Chromium behind.
 */
public final class ChromiumProcess implements AutoCloseable {

    /** Flags that make a headless Chromium quiet and reproducible (checked with Debian's chromium 156). */
    static final List<String> FLAGS = List.of(
            "--headless=new",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--remote-debugging-port=0");

    private final Process process;
    private final Path root;
    private final String browserWebSocket;
    private final Thread shutdownHook;
    private boolean closed;

    private ChromiumProcess(Process process, Path root, String browserWebSocket, Thread shutdownHook) {
        this.process = process;
        this.root = root;
        this.browserWebSocket = browserWebSocket;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts the browser and waits until it listens.
     *
     * @param startTimeout how long the browser may take to start (generous: a busy machine is slow)
     */
    public static ChromiumProcess start(Path executable, Duration startTimeout) {
        Path root;
        try {
            root = Files.createTempDirectory("datalayer-lint-chromium-");
        } catch (IOException e) {
            throw new CaptureException("cannot create a temporary browser profile: " + e.getMessage(), e);
        }
        Path profile = root.resolve("profile");
        Path log = root.resolve("chromium.log");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        if (isRoot()) {
            command.add("--no-sandbox");
        }
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process;
        try {
            Files.createDirectories(profile);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .start();
        } catch (IOException e) {
            deleteTree(root);
            throw new CaptureException("cannot start the browser " + executable + ": " + e.getMessage(), e);
        }
        Thread hook = new Thread(() -> stop(process, root), "datalayer-lint-chromium-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            String endpoint = awaitEndpoint(process, profile.resolve("DevToolsActivePort"), log, startTimeout);
            return new ChromiumProcess(process, root, endpoint, hook);
        } catch (RuntimeException e) {
            stop(process, root);
            removeHook(hook);
            throw e;
        }
    }

    /** The browser-wide DevTools WebSocket, {@code ws://127.0.0.1:PORT/devtools/browser/ID}. */
    public String browserWebSocket() {
        return browserWebSocket;
    }

    /** The browser's own process id (it starts more: renderers, a zygote, a utility process). */
    public long pid() {
        return process.pid();
    }

    /** The temporary folder holding the profile; gone after {@link #close()}. */
    public Path profileRoot() {
        return root;
    }

    /** Stops the browser and its processes and removes the profile; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(process, root);
        removeHook(shutdownHook);
    }

    private static String awaitEndpoint(Process process, Path activePort, Path log, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (Files.isRegularFile(activePort)) {
                try {
                    List<String> lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
                    if (lines.size() >= 2
                            && !lines.get(0).isBlank()
                            && !lines.get(1).isBlank()) {
                        return "ws://127.0.0.1:" + lines.get(0).trim()
                                + lines.get(1).trim();
                    }
                } catch (IOException e) {
                    // written right now: read it again
                }
            }
            if (!process.isAlive()) {
                throw new CaptureException(
                        "the browser exited (code " + process.exitValue() + ") before listening: " + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new CaptureException(
                        "the browser did not listen within " + timeout.toSeconds() + " s: " + tail(log));
            }
            sleep(25);
        }
    }

    private static void stop(Process process, Path root) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already gone or not ours to wait for
            }
        }
        deleteTree(root);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and the hook runs
        }
    }

    static void deleteTree(Path root) {
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                sleep(50); // a process still writing into the profile: try again
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 3), lines.size());
            return last.isEmpty() ? "(no output)" : String.join(" | ", last).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException("interrupted while waiting for the browser", e);
        }
    }
}
