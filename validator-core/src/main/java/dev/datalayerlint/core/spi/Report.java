package dev.datalayerlint.core.spi;

import java.util.List;

/**
 * The outcome of one validation run: what every front end (CLI, Maven plugin, a team's own tests) renders or acts
 * on. Findings are sorted by file, line and column.
 *
 * @param files every recording read, sorted by file name, with its push count and event names; empty when the report
 *     was built from findings alone. An input never read as a recording (a missing file) has findings but no entry.
 */
public record Report(ToolInfo tool, List<Finding> findings, Summary summary, List<FileSummary> files) {

    public Report {
        findings = List.copyOf(findings);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A report without per-file push counts, as before {@link #files()} existed. */
    public Report(ToolInfo tool, List<Finding> findings, Summary summary) {
        this(tool, findings, summary, List.of());
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
