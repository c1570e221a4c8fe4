package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import tools.jackson.databind.JsonNode;

/**
 * Hands what a reader delivers to the linting run and to a second sink that keeps it for a report (the HTML
 * timeline). The run stays the one that answers a function push's {@code this.get(key)}, so linting is the same with
 * or without the second sink.
 */
record TeeSink(PushSink run, PushSink copy) implements PushSink {

    @Override
    public void push(Push push) {
        run.push(push);
        copy.push(push);
    }

    @Override
    public void problem(InputProblem problem) {
        run.problem(problem);
    }

    @Override
    public void hit(JsonNode hit, SourceLocation location) {
        run.hit(hit, location);
        copy.hit(hit, location);
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        return run.modelValue(dottedKey);
    }
}
