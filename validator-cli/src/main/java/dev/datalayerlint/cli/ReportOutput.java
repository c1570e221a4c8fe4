package dev.datalayerlint.cli;

import dev.datalayerlint.core.report.ReportContext;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.BufferedWriter;
import java.io.Console;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where the reports of a {@code validate} run go: one format to standard output or to {@code --output FILE}, or
 * several formats to {@code --output-dir DIR}, each under its default file name ({@link ReportFormat#fileName()}).
 * Colours are decided here, never by a reporter: only for the text format, only on standard output, only when that
 * is a terminal and {@code NO_COLOR} is not set.
 */
final class ReportOutput {

    private final List<ReportFormat> formats;
    private final Path file;
    private final Path directory;

    private ReportOutput(List<ReportFormat> formats, Path file, Path directory) {
        this.formats = formats;
        this.file = file;
        this.directory = directory;
    }

    /**
     * Checks the combination of options before any work is done.
     *
     * @throws Main.UsageException for several formats without {@code --output-dir}, or both output options
     */
    static ReportOutput of(List<ReportFormat> requested, Path file, Path directory) {
        List<ReportFormat> formats = new ArrayList<>(new LinkedHashSet<>(requested));
        if (formats.isEmpty()) {
            formats.add(ReportFormat.TEXT);
        }
        if (file != null && directory != null) {
            throw new Main.UsageException("--output and --output-dir cannot be combined");
        }
        if (formats.size() > 1 && directory == null) {
            throw new Main.UsageException("several --format options need --output-dir DIR (each report is written to"
                    + " DIR under its default name); --output and standard output take one report");
        }
        return new ReportOutput(List.copyOf(formats), file, directory);
    }

    /**
     * Writes every report.
     *
     * @param color whether standard output is a terminal that wants colours (see {@link #colorWanted})
     * @throws Main.UsageException when a report file cannot be written
     */
    void write(Report report, Severity failOn, PrintWriter stdout, boolean color) throws IOException {
        if (directory != null) {
            for (ReportFormat format : formats) {
                writeFile(directory.resolve(format.fileName()), format, report, failOn);
            }
        } else if (file != null) {
            writeFile(file, formats.get(0), report, failOn);
        } else {
            formats.get(0).reporter().write(report, new ReportContext(failOn, color), stdout);
            stdout.flush();
        }
    }

    private static void writeFile(Path target, ReportFormat format, Report report, Severity failOn) throws IOException {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // An OutputStreamWriter replaces what it cannot encode instead of throwing MalformedInputException
            // mid-report
            // (Files.newBufferedWriter would); the reporters escape such characters first anyway.
            try (Writer out =
                    new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8))) {
                format.reporter().write(report, new ReportContext(failOn, false), out);
            }
        } catch (IOException | SecurityException e) {
            throw new Main.UsageException("cannot write the " + format.label() + " report to " + target + ": " + e);
        }
    }

    /**
     * Colours for the text report on standard output: only when it is a terminal and the {@code NO_COLOR}
     * environment variable (https://no-color.org) is unset or empty.
     */
    static boolean colorWanted(boolean stdoutIsTerminal, String noColor) {
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
    }

    /**
     * True when standard output is the console: {@link System#console()} exists and, on Java 22 and later (where a
     * console may exist with output redirected), {@code Console.isTerminal()} says so.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only when standard input and output are the terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
