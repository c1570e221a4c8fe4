package dev.datalayerlint.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What linting one recording gave: the unit every front end shares. The CLI and the Maven plugin aggregate many of
 * them into a {@link Report}; a Selenium or Playwright test asserts on one; a Beam pipeline emits one per key.
 *
 * @param name the name findings carry (a file path relative to the run's base, or the caller's own name)
 * @param pushes pushes read (0 for a recording that could not be parsed at all)
 * @param events each push's event name by push index (null for a push without one)
 * @param findings every finding, suppressed ones included and marked, sorted by location
 */
public record RecordingResult(String name, long pushes, List<String> events, List<Finding> findings) {

    public RecordingResult {
        events = Collections.unmodifiableList(new ArrayList<>(events));
        findings = List.copyOf(findings);
    }

    /** True when a finding that is not suppressed is at or above {@code threshold}; null means "never fail". */
    public boolean failsAt(Severity threshold) {
        return threshold != null
                && findings.stream()
                        .anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }

    /** Findings that count: not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** This recording as a report's file entry. */
    public FileSummary summary() {
        return new FileSummary(name, pushes, events);
    }
}
