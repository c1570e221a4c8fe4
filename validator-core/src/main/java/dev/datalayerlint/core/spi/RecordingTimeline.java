package dev.datalayerlint.core.spi;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One recording as a report that shows it in full needs it (the HTML report's timeline): the pushes in order, the GA4
 * hits between them, and the findings of this recording. Kept only when such a report is asked for, and bounded: a
 * run keeps at most a fixed number of pushes over all its recordings, so a 500k-push capture never sits in memory.
 *
 * @param name the recording's name, as {@link FileSummary#file()}
 * @param pushes the pushes kept, in order, from the first; fewer than {@code pushesRead} when the budget ran out
 * @param pushesRead every push the recording held
 * @param hits the GA4 hits kept, each placed before the push it was read before
 * @param findings this recording's findings, suppressed ones included, sorted by location
 */
public record RecordingTimeline(
        String name, List<Push> pushes, long pushesRead, List<Hit> hits, List<Finding> findings) {

    public RecordingTimeline {
        pushes = List.copyOf(pushes);
        hits = List.copyOf(hits);
        findings = List.copyOf(findings);
    }

    /** Pushes read but not kept. */
    public long omitted() {
        return pushesRead - pushes.size();
    }

    /**
     * A GA4 hit the page sent, as the capture envelope holds it (docs/capture.md).
     *
     * @param beforePush the push index of the first event decoded from it (GA4 hits are numbered among the pushes), so
     *     the first push read after it has this index or a higher one
     * @param hit the envelope's {@code hit} member: endpoint, method, parameters
     */
    public record Hit(long beforePush, JsonNode hit, SourceLocation location) {}
}
