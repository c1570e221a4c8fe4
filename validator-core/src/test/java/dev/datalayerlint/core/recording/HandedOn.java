package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a reader hands its sink, as text, so two readings compare as lists: pushes (with where their {@code event}
 * stands), hits and recordings in {@link #handedOn}, problems in {@link #problems}, and everything in the order it came
 * in {@link #all}.
 */
final class HandedOn implements PushSink {
    final List<String> handedOn = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> all = new ArrayList<>();

    @Override
    public void push(Push push) {
        add("push " + push.index() + " " + push.kind() + " " + push.location() + " " + push.payload() + " "
                + push.fields().locate("/event"));
    }

    @Override
    public void hit(JsonNode hit, SourceLocation location) {
        add("hit " + hit + " " + location);
    }

    @Override
    public void recording(String id) {
        add("recording " + id);
    }

    @Override
    public void problem(InputProblem problem) {
        String text = problem.ruleId() + " " + problem.location() + " " + problem.message();
        problems.add(text);
        all.add("problem " + text);
    }

    private void add(String text) {
        handedOn.add(text);
        all.add(text);
    }
}
