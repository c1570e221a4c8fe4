package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes a report ({@code validate}, {@code spec lint}, {@code capture
 * --validate}): format, output, fail level, warning limit, quiet and colours. They map one to one onto the core's run policy, which checks them.
 */
final class ReportOptions {

    /** How the run policy's messages name these flags. */
    static final Map<String, String> NAMES = Map.of(
            "failOn", "--fail-on",
            "formats", "--format",
            "output", "--output",
            "outputDirectory", "--output-dir",
            "jsTimeout", "--js-timeout",
            "jsStatementLimit", "--js-statement-limit",
            "maxWarnings", "--max-warnings",
            "ignorePatterns", "--ignore-pattern",
            "threads", "--threads");

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeatable with --output-dir.",
            completionCandidates = FormatNames.class)
    List<String> formats = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write each --format to DIR under its default name (report.txt, report.json,"
                    + " report.junit.xml, report.sarif, report.github.txt, report.checkstyle.xml, report.gitlab.json,"
                    + " report.html).")
    Path outputDir;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never"
                    + " (default: the configuration's failOn, else error).")
    String failOn;

    @Option(
            names = {"-q", "--quiet"},
            description = "Report errors only: warnings and infos are left out (and cannot fail the run), but still"
                    + " count for --max-warnings.")
    boolean quiet;

    @Option(
            names = "--max-warnings",
            paramLabel = "N",
            description = "Exit 1 when there are more than N warnings, whatever the fail level (--max-warnings 0:"
                    + " no warning may be added).")
    String maxWarnings;

    @Option(
            names = "--color",
            negatable = true,
            description = "Colour the text report (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR turns"
                    + " it on anywhere).")
    Boolean color;

    @Option(
            names = "--rule-docs-base",
            paramLabel = "URL",
            description = "What the html report's links to rule pages start with, followed by docs/rules/ID.md:"
                    + " a URL, or a path relative to the report (\"\" or \"../\" for a checkout of the project)"
                    + " (default: the project's pages on GitHub).")
    String ruleDocsBase;

    /** True when any of these options was given. */
    boolean isSet() {
        return !formats.isEmpty()
                || output != null
                || outputDir != null
                || failOn != null
                || quiet
                || maxWarnings != null
                || ruleDocsBase != null;
    }

    /** Sets these options on a run. */
    RunOptions.Builder applyTo(RunOptions.Builder run) {
        return run.formats(formats)
                .output(output)
                .outputDirectory(outputDir)
                .failOn(failOn)
                .quiet(quiet)
                .maxWarnings(maxWarnings)
                .ruleDocsBase(ruleDocsBase)
                .optionNames(NAMES);
    }

    /** Colours for the report on standard output: {@code --color}/{@code --no-color}, else the environment's choice. */
    boolean color(boolean environmentDefault) {
        return color == null ? environmentDefault : color;
    }

    /** The exit code of a run, after saying on {@code err} when too many warnings failed it. */
    static int exitCode(RunOutcome outcome, PrintWriter err) {
        outcome.tooManyWarnings().ifPresent(message -> err.println("datalayer-lint: " + message));
        return outcome.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The format names for help and completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(LintRun.reportFormats());
        }
    }
}
