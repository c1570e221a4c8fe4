package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.RecordingTimeline;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;

/**
 * What a reporter needs besides the report: the fail level (to say what fails and, for JUnit, what is a failure),
 * whether colours are wanted, and for the HTML report the recordings push by push and where rule pages live.
 * Reporters never look at the working directory or the terminal themselves.
 *
 * @param failOn the fail level, or null for "never"
 * @param timelines the recordings as the run kept them; empty unless a format that shows them was asked for
 * @param ruleDocsBase what a link to a rule page starts with, followed by {@code docs/rules/<id>.md}: a URL, or a
 *     relative path ({@code ""} or {@code "../"}) from where the report is opened to a checkout of the project
 */
public record ReportContext(Severity failOn, boolean color, List<RecordingTimeline> timelines, String ruleDocsBase) {

    /** The project's own pages, the same links SARIF's {@code helpUri} gives. */
    public static final String DEFAULT_RULE_DOCS = SarifReporter.DOCS_BASE;

    public static final ReportContext DEFAULT = new ReportContext(Severity.ERROR, false);

    public ReportContext {
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
        ruleDocsBase = ruleDocsBase == null ? DEFAULT_RULE_DOCS : ruleDocsBase;
    }

    public ReportContext(Severity failOn, boolean color) {
        this(failOn, color, List.of(), null);
    }
}
