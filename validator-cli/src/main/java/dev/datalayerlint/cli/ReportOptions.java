package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes a report ({@code validate}, {@code spec lint}, {@code capture
 * --validate}): format, output and fail level. They map one to one onto the core's run policy, which checks them.
 */
final class ReportOptions {

    /** How the run policy's messages name these flags. */
    static final Map<String, String> NAMES = Map.of(
            "failOn", "--fail-on",
            "formats", "--format",
            "output", "--output",
            "outputDirectory", "--output-dir",
            "jsTimeout", "--js-timeout",
            "jsStatementLimit", "--js-statement-limit");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeatable with --output-dir.",
            completionCandidates = FormatNames.class)
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write each --format to DIR under its default name (report.txt, report.json,"
                    + " report.junit.xml, report.sarif, report.github.txt, report.html).")
    Path outputDir;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never"
                    + " (default: the configuration's failOn, else error).")
    String failOn;

    @Option(
            names = "--rule-docs-base",
            paramLabel = "URL",
            description = "What the html report's links to rule pages start with, followed by docs/rules/ID.md:"
                    + " a URL, or a path relative to the report (\"\" or \"../\" for a checkout of the project)"
                    + " (default: the project's pages on GitHub).")
    String ruleDocsBase;

    /** True when any of these options was given. */
    boolean isSet() {
        return !formats.isEmpty() || output != null || outputDir != null || failOn != null || ruleDocsBase != null;
    }

    /** Sets these options on a run. */
    RunOptions.Builder applyTo(RunOptions.Builder run) {
        return run.formats(formats)
                .output(output)
                .outputDirectory(outputDir)
                .failOn(failOn)
                .ruleDocsBase(ruleDocsBase)
                .optionNames(NAMES);
    }

    /** The format names for help and completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            for (ReportFormat format : ReportFormat.values()) {
                add(format.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
