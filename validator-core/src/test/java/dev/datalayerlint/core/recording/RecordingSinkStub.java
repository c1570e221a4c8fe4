package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.values.JsValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Collects what a reader reports; answers function pushes' {@code this.get} from a fixed model. */
final class RecordingSinkStub implements PushSink {

    final List<Push> pushes = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final Map<String, JsonNode> model = new HashMap<>();

    @Override
    public void push(Push push) {
        pushes.add(push);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        return model.getOrDefault(dottedKey, JsValues.UNDEFINED);
    }

    Push push(int index) {
        return pushes.get(index);
    }
}
