package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * How a goal tells Maven what a run found: one log line per finding at its severity's log level, a summary line
 * naming the reports, and a {@code MojoFailureException} (BUILD FAILURE) when findings reach the fail level. Shared
 * by every goal so they read alike in a build log.
 */
final class BuildOutcome {

    private BuildOutcome() {}

    static void publish(Log log, Path base, RunOutcome outcome) throws MojoFailureException {
        for (Finding finding : outcome.report().active()) {
            switch (finding.severity()) {
                case ERROR -> log.error(line(finding));
                case WARNING -> log.warn(line(finding));
                case INFO -> log.info(line(finding));
            }
        }
        String reports = outcome.written().stream().map(p -> shown(base, p)).collect(Collectors.joining(", "));
        log.info(summaryLine(outcome.report().summary(), outcome.failOn())
                + (outcome.written().size() == 1 ? "; report: " : "; reports: ")
                + reports);
        if (outcome.failed() && outcome.failing() == 0) {
            throw new MojoFailureException(
                    "datalayer-lint: " + outcome.tooManyWarnings().orElseThrow() + "; see " + reports);
        }
        if (outcome.failed()) {
            long count = outcome.failing();
            throw new MojoFailureException("datalayer-lint: " + count + (count == 1 ? " finding" : " findings")
                    + " at or above " + outcome.failOn().label() + " (failOn); see " + reports);
        }
    }

    /**
     * One log line per finding: {@code file:line:column severity message pointer [rule]}, escaped (the build log is a
     * CI log: no control character from a recording may reach it).
     */
    static String line(Finding finding) {
        return PrintableText.escape(
                finding.location() + " " + finding.severity().label() + " " + finding.message()
                        + (finding.pointer().isEmpty() ? "" : " " + finding.pointer()) + " [" + finding.ruleId() + "]");
    }

    static String summaryLine(Summary s, Severity threshold) {
        return "datalayer-lint: " + plural(s.files(), "file") + ", " + plural(s.pushes(), "push") + ": "
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info")
                + (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "")
                + " (fail level: " + (threshold == null ? "never" : threshold.label()) + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") ? "es" : "s");
    }

    /** Tells the debug log about every file read. */
    static ProgressListener progress(Log log) {
        return new ProgressListener() {
            @Override
            public void fileStarted(String name) {
                if (log.isDebugEnabled()) {
                    log.debug("datalayer-lint: reading " + PrintableText.escape(name));
                }
            }
        };
    }

    /** A path as the log shows it: relative to the project when inside it. */
    static String shown(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
