package dev.datalayerlint.core.run;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingTimeline;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the recordings of a run for a report that shows them push by push (the HTML report), within a budget: at
 * most {@code maxEntries} pushes and hits over the whole run, the first ones read. A run keeps nothing unless it is
 * given one of these, so the other formats cost no memory. Not thread-safe, like the run over files.
 */
public final class Timelines {

    /** The default budget: enough for every journey a person reads in a browser, a few MB of report at most. */
    public static final int DEFAULT_MAX_ENTRIES = 5_000;

    private final int maxEntries;
    private int kept;
    private final List<RecordingTimeline> timelines = new ArrayList<>();

    public Timelines(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public Timelines() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /** A sink keeping one recording's pushes and hits; {@link Recording#finish} adds it to the run's timelines. */
    public Recording start() {
        return new Recording();
    }

    /** The recordings finished so far, in the order they were read. */
    public List<RecordingTimeline> all() {
        return List.copyOf(timelines);
    }

    /** One recording being read. */
    public final class Recording implements PushSink {
        private final List<Push> pushes = new ArrayList<>();
        private final List<RecordingTimeline.Hit> hits = new ArrayList<>();
        private long read;
        private long index; // every push read, GA4 hits included: the push index the next one gets

        private Recording() {}

        @Override
        public void push(Push push) {
            index++;
            if (push.isHit()) {
                return; // shown as sent, through hit(); the event decoded from it is what the rules check
            }
            read++;
            if (kept < maxEntries) {
                kept++;
                pushes.add(push);
            }
        }

        @Override
        public void hit(JsonNode hit, SourceLocation location) {
            if (kept < maxEntries && hit != null) {
                kept++;
                hits.add(new RecordingTimeline.Hit(index, hit, location));
            }
        }

        @Override
        public void problem(InputProblem problem) {
            // problems reach the report as findings of the recording
        }

        /** Ends the recording with what linting it gave. */
        public void finish(RecordingResult result) {
            timelines.add(new RecordingTimeline(
                    result.name(), pushes, Math.max(read, result.pushes()), hits, result.findings()));
        }
    }
}
