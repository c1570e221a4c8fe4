package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where a run's reports go: one format to standard output or to one file, or several formats to a folder, each under
 * its default file name ({@link ReportFormat#fileName()}). Colours only ever reach the text format on standard
 * output; files never get them.
 */
public final class ReportTargets {

    private final List<ReportFormat> formats;
    private final Path file;
    private final Path directory;

    private ReportTargets(List<ReportFormat> formats, Path file, Path directory) {
        this.formats = formats;
        this.file = file;
        this.directory = directory;
    }

    /**
     * Checks the combination before any work is done.
     *
     * @param file one report to this file, or null
     * @param directory every format to this folder, or null
     * @throws IllegalArgumentException for both a file and a folder, or several formats without a folder
     */
    public static ReportTargets of(List<ReportFormat> requested, Path file, Path directory) {
        List<ReportFormat> formats = new ArrayList<>(new LinkedHashSet<>(requested));
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format");
        }
        if (file != null && directory != null) {
            throw new IllegalArgumentException("file and folder");
        }
        if (formats.size() > 1 && directory == null) {
            throw new IllegalArgumentException("several formats without a folder");
        }
        return new ReportTargets(List.copyOf(formats), file, directory);
    }

    /**
     * Writes every report.
     *
     * @param stdout where the one report goes when neither a file nor a folder was given; never closed
     * @return the files written, in format order
     * @throws UncheckedIOException naming the format and file that could not be written
     */
    public List<Path> write(Report report, Severity failOn, Writer stdout, boolean color) {
        return write(report, new ReportContext(failOn, color), stdout);
    }

    /**
     * Writes every report with {@code context}; files never get colours whatever it says.
     *
     * @param stdout where the one report goes when neither a file nor a folder was given; never closed
     * @return the files written, in format order
     * @throws UncheckedIOException naming the format and file that could not be written
     */
    public List<Path> write(Report report, ReportContext context, Writer stdout) {
        ReportContext toFile = new ReportContext(context.failOn(), false, context.timelines(), context.ruleDocsBase());
        if (directory != null) {
            List<Path> written = new ArrayList<>();
            for (ReportFormat format : formats) {
                written.add(writeFile(directory.resolve(format.fileName()), format, report, toFile));
            }
            return written;
        }
        if (file != null) {
            return List.of(writeFile(file, formats.get(0), report, toFile));
        }
        try {
            formats.get(0).reporter().write(report, context, new KeepOpen(stdout));
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + formats.get(0).label() + " report: " + e, e);
        }
        return List.of();
    }

    /** Whether {@code format} is among the formats written. */
    public boolean includes(ReportFormat format) {
        return formats.contains(format);
    }

    private static Path writeFile(Path target, ReportFormat format, Report report, ReportContext context) {
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
                format.reporter().write(report, context, new KeepOpen(out));
            }
            return target;
        } catch (IOException | SecurityException e) {
            throw new UncheckedIOException(
                    "cannot write the " + format.label() + " report to " + target + ": " + e,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The writer stays its owner's to close: a reporter that closes it would lose what is written afterwards. */
    private static final class KeepOpen extends FilterWriter {
        KeepOpen(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
