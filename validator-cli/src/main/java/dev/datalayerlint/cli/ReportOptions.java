package dev.datalayerlint.cli;

import dev.datalayerlint.core.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The report options every command that writes a report shares: {@code --format}, {@code --output}, {@code --output-dir}. */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeatable with --output-dir.",
            converter = ValidateCommand.FormatConverter.class,
            completionCandidates = ValidateCommand.FormatNames.class)
    List<ReportFormat> formats = new ArrayList<>();

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write each --format to DIR under its default name (report.txt, report.json,"
                    + " report.junit.xml, report.sarif, report.github.txt).")
    Path outputDir;

    /** Where the reports go, paths taken from {@code workingDirectory}; checks the combination of options. */
    ReportOutput output(Path workingDirectory) {
        return ReportOutput.of(
                formats,
                output == null ? null : workingDirectory.resolve(output),
                outputDir == null ? null : workingDirectory.resolve(outputDir));
    }
}
