package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.RecordingSource;

/**
 * Reads one script given as its argument with the default limits and prints each problem as
 * {@code rule|line|message}: run by {@link JsOutOfMemoryTest} in a JVM of its own with a small heap, so running out of
 * memory cannot disturb other tests.
 */
public final class OutOfMemoryProbe {

    private OutOfMemoryProbe() {}

    public static void main(String[] args) {
        RecordingSinkStub sink = new RecordingSinkStub();
        new JsRecordingReader().read(RecordingSource.ofText("memory.js", args[0]), sink);
        System.out.println("pushes " + sink.pushes.size());
        for (InputProblem problem : sink.problems) {
            System.out.println(problem.ruleId() + "|" + problem.location().line() + "|" + problem.message());
        }
    }
}
