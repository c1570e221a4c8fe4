package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import tools.jackson.databind.JsonNode;

/**
 * One file, several recordings: a capture envelope may hold the lines of many journeys, and each must be judged on
 * its own (its own GTM data model, its own refunds and purchases). The reader announces each recording
 * ({@link PushSink#recording(String)}); this sink gives each a fresh {@link RecordingRun} named {@code file#id}.
 * What came before the first announcement (bare pushes, problems of the file) stays the file's own recording, and
 * is dropped when it holds nothing.
 */
final class RecordingSplitter implements PushSink {

    private final String name;
    private final LongFunction<RecordingRun> runs;
    private final List<RecordingResult> results = new ArrayList<>();
    private RecordingRun current;
    private String currentName;
    private long pushesBefore;

    /** @param runs a fresh run, given the pushes the file's earlier recordings held (for progress totals) */
    RecordingSplitter(String name, LongFunction<RecordingRun> runs) {
        this.name = name;
        this.runs = runs;
        this.current = runs.apply(0);
        this.currentName = name;
    }

    @Override
    public void push(Push push) {
        current.push(push);
    }

    @Override
    public void problem(InputProblem problem) {
        current.problem(problem);
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        return current.modelValue(dottedKey);
    }

    @Override
    public void recording(String id) {
        if (!(currentName.equals(name) && current.isEmpty())) {
            end();
        }
        current = runs.apply(pushesBefore);
        currentName = name + "#" + id;
    }

    /** The recordings of the file, in the order they were read. */
    List<RecordingResult> finish() {
        end();
        return results;
    }

    private void end() {
        pushesBefore += current.pushCount();
        results.add(current.finish(currentName));
    }
}
