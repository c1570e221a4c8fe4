package dev.datalayerlint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process, as if started in a working directory, and keeps what it printed. */
record Cli(int code, String out, String err) {

    static Cli run(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out);
                PrintWriter e = new PrintWriter(err)) {
            code = Main.run(workingDirectory, new ByteArrayInputStream(new byte[0]), o, e, args);
        }
        return new Cli(code, out.toString(), err.toString());
    }
}
