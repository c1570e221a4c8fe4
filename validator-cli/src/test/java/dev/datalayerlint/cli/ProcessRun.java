package dev.datalayerlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a shipped artifact (the runnable jar, the distribution's launcher, the npm package) as a separate process,
 * the way a user would, and keeps what it printed; its {@link #asCliRun()} compares with an in-process {@link CliRun}.
 */
record ProcessRun(int exitCode, String out, String err) {

    /** The repository root: relative fixture paths in reports are written from there. */
    static Path root() {
        return Path.of(System.getProperty("datalayer.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The {@code java} of the JDK running the tests (21+, as the build needs). */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The options the launchers give the JVM: they keep GraalJS's native access and Unsafe use quiet. */
    static List<String> quietJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** Runs {@code command} in {@code directory}; {@code environment} entries with a null value are removed. */
    static ProcessRun of(Path directory, Map<String, String> environment, List<String> command) {
        try {
            Path out = Files.createTempFile("datalayer-lint-out", ".txt");
            Path err = Files.createTempFile("datalayer-lint-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                environment.forEach((name, value) -> {
                    if (value == null) {
                        builder.environment().remove(name);
                    } else {
                        builder.environment().put(name, value);
                    }
                });
                int code = builder.start().waitFor();
                return new ProcessRun(
                        code,
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command, e);
        }
    }

    CliRun asCliRun() {
        return new CliRun(exitCode, out, err);
    }
}
