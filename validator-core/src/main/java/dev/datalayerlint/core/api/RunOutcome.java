package dev.datalayerlint.core.api;

import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run gave a front end to act on: the report, the fail level it was judged at and the report files written.
 *
 * @param failOn the least severity that fails the run, or null for "never"
 * @param written report files, in the order of the formats; empty when the one report went to standard output
 */
public record RunOutcome(Report report, Severity failOn, List<Path> written) {

    public RunOutcome {
        written = List.copyOf(written);
    }

    /** True when a finding that is not suppressed is at or above the fail level. */
    public boolean failed() {
        return report.failsAt(failOn);
    }

    /** Findings that fail the run. */
    public long failing() {
        return failOn == null
                ? 0
                : report.active().stream()
                        .filter(f -> f.severity().atLeast(failOn))
                        .count();
    }
}
