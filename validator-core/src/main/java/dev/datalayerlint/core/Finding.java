package dev.datalayerlint.core;

import java.util.Comparator;

/**
 * One defect, fully placed: what the engine makes of a check's violation by adding the rule id, the configured
 * severity and the source location. Reporters only ever see findings.
 *
 * @param pushIndex 0-based index of the push in its recording, or -1 for a problem of the file itself
 * @param pointer RFC 6901 pointer into the push payload ({@code ""} for the whole push)
 * @param event the push's event name, or null
 * @param schema the schema location that failed, or null when no schema was involved
 * @param suppressed true when an inline comment in the recording suppressed it; kept so nothing disappears silently
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String pointer,
        SourceLocation location,
        int pushIndex,
        String event,
        String schema,
        boolean suppressed) {

    /** File, line, column, then push and rule: the order people read a report in. */
    public static final Comparator<Finding> BY_LOCATION = Comparator.comparing(
                    (Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparingInt(Finding::pushIndex)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::ruleId);

    public Finding suppress() {
        return new Finding(ruleId, severity, message, pointer, location, pushIndex, event, schema, true);
    }
}
