package dev.datalayerlint.core;

import java.util.List;

/**
 * The outcome of one validation run: what every front end (CLI, Maven plugin, a team's own tests) renders or acts
 * on. Findings are sorted by file, line and column.
 */
public record Report(ToolInfo tool, List<Finding> findings, Summary summary) {

    public Report {
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
}
