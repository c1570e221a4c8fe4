package dev.datalayerlint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the command line, with what it printed: the one way every CLI test runs it. */
record CliRun(int exitCode, String out, String err) {

    /** In the process's working directory, no standard input, no colours. */
    static CliRun of(String... args) {
        return run(Path.of(""), new byte[0], false, args);
    }

    /** As if started in {@code workingDirectory}. */
    static CliRun in(Path workingDirectory, String... args) {
        return run(workingDirectory, new byte[0], false, args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return run(Path.of(""), stdin.getBytes(StandardCharsets.UTF_8), false, args);
    }

    /** With raw bytes on standard input (which need not be UTF-8). */
    static CliRun withStdinBytes(byte[] stdin, String... args) {
        return run(Path.of(""), stdin, false, args);
    }

    /** As if started in {@code workingDirectory} with {@code stdin} on standard input. */
    static CliRun inWithStdin(Path workingDirectory, String stdin, String... args) {
        return run(workingDirectory, stdin.getBytes(StandardCharsets.UTF_8), false, args);
    }

    /** As if standard output were a colour terminal. */
    static CliRun colored(String... args) {
        return run(Path.of(""), new byte[0], true, args);
    }

    private static CliRun run(Path workingDirectory, byte[] stdin, boolean color, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                workingDirectory,
                new ByteArrayInputStream(stdin),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                color,
                args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
