package dev.datalayerlint.core.api;

import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run gave a front end to act on: the report, the fail level it was judged at, the report files written and
 * the warning limit.
 *
 * @param failOn the least severity that fails the run, or null for "never"
 * @param written report files, in the order of the formats; empty when the one report went to standard output
 * @param warnings the run's warnings that are not suppressed, also when the report leaves them out (quiet)
 * @param maxWarnings the most warnings that pass, or null for no limit
 * @param maxWarningsName how the front end spells the limit's setting ({@code --max-warnings}), for the message
 */
public record RunOutcome(
        Report report,
        Severity failOn,
        List<Path> written,
        long warnings,
        Integer maxWarnings,
        String maxWarningsName) {

    public RunOutcome {
        written = List.copyOf(written);
    }

    /** An outcome without a warning limit. */
    public RunOutcome(Report report, Severity failOn, List<Path> written) {
        this(report, failOn, written, report.summary().warnings(), null, "maxWarnings");
    }

    /** True when a finding that is not suppressed is at or above the fail level, or there are too many warnings. */
    public boolean failed() {
        return report.failsAt(failOn) || tooManyWarnings().isPresent();
    }

    /**
     * The one line that says the warning limit failed the run ({@code 3 warnings, more than --max-warnings 0
     * allows}), or empty when there is no limit or the run stayed within it.
     */
    public Optional<String> tooManyWarnings() {
        if (maxWarnings == null || warnings <= maxWarnings) {
            return Optional.empty();
        }
        return Optional.of(warnings + (warnings == 1 ? " warning" : " warnings") + ", more than " + maxWarningsName
                + " " + maxWarnings + " allows");
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
