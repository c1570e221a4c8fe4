package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Hints;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What {@code validate} reads and checks it against: contracts, ignores, standard input's format and the JavaScript
 * limits. Values go to the run policy as typed; it checks them.
 */
final class InputOptions {

    @Option(
            names = "--contract",
            paramLabel = "ID",
            description = "Validate every whole document against this contract (see 'datalayer-lint contracts').")
    String contract;

    @Option(
            names = "--contracts",
            paramLabel = "DIR",
            description = "A folder of project contracts that extend or override the shipped ones (repeatable;"
                    + " replaces the configuration's contracts).")
    List<Path> contractDirectories = new ArrayList<>();

    @Option(
            names = "--ignore-pattern",
            paramLabel = "GLOB",
            description = "Never read paths matching GLOB, relative to the working directory (repeatable; added to"
                    + " the configuration's ignore).")
    List<String> ignorePatterns = new ArrayList<>();

    @Option(
            names = "--stdin-format",
            paramLabel = "FORMAT",
            description = "Format of standard input: json, ndjson or js (default: ${DEFAULT-VALUE}).",
            defaultValue = "json")
    String stdinFormat;

    @Option(
            names = "--js-timeout",
            paramLabel = "DURATION",
            description = "Most CPU time one JavaScript recording may use before it is stopped (input.timeout):"
                    + " a whole number and ms, s or m, e.g. 30s or 1500ms (default: the configuration's jsTimeout,"
                    + " else 30s). CPU time of the recording's own execution, not wall-clock time.")
    String jsTimeout;

    @Option(
            names = "--js-statement-limit",
            paramLabel = "N",
            description = "Most JavaScript statements one recording may execute before it is stopped (input.limit)"
                    + " (default: the configuration's jsStatementLimit, else 5000000).")
    String jsStatementLimit;

    /** Sets these options on a run. */
    RunOptions.Builder applyTo(RunOptions.Builder run) {
        return run.contract(contract)
                .contractDirectories(contractDirectories)
                .ignorePatterns(ignorePatterns)
                .jsTimeout(jsTimeout)
                .jsStatementLimit(jsStatementLimit);
    }

    /**
     * Standard input as a recording in {@code --stdin-format}, as bytes (the reader decodes strictly, so invalid UTF-8
     * is reported, never replaced); when it looks like another format or like HTML, a hint goes to {@code err}.
     */
    Input stdin(InputStream in, PrintWriter err) throws IOException {
        RecordingFormat format;
        try {
            format = RecordingFormat.parse(stdinFormat);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--stdin-format takes json, ndjson or js, not '" + stdinFormat + "'");
        }
        byte[] bytes = in.readAllBytes();
        Hints.forInput(bytes, format, "standard input", "--stdin-format")
                .ifPresent(hint -> err.println("datalayer-lint: hint: " + hint));
        return Input.bytes("<stdin>", bytes, format);
    }
}
