package dev.datalayerlint.core;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.testkit.Recording;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds pushes from relaxed JSON (single quotes, unquoted names) for tests. The strings {@code "<undefined>"} and
 * {@code "<function>"} become the {@link JsValues} markers. Push {@code i} is located at {@code t.json:(i+1):1}. As a
 * {@link Recording} it is linted through {@link LintProfile#lintPushes}, so a {@code RuleTester} case can be one.
 */
public final class TestPushes implements Recording {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .build();

    private final List<Push> pushes = new ArrayList<>();

    public static JsonNode json(String text) {
        return markers(MAPPER.readTree(text));
    }

    public static TestPushes recording() {
        return new TestPushes();
    }

    /** A push of its natural kind: object → OBJECT, array → COMMAND, anything else → OTHER. */
    public TestPushes push(String json) {
        JsonNode payload = json(json);
        return add(payload, Push.kindOf(payload, false));
    }

    /** A {@code gtag(...)} call: the arguments array. */
    public TestPushes gtag(String json) {
        return add(json(json), PushKind.GTAG);
    }

    /** A function push already run: an array of one-entry {@code {key: value}} objects, one per {@code this.set}. */
    public TestPushes function(String json) {
        return add(json(json), PushKind.FUNCTION);
    }

    public TestPushes add(JsonNode payload, PushKind kind) {
        int index = pushes.size();
        pushes.add(new Push(index, payload, new SourceLocation("t.json", index + 1, 1), kind));
        return this;
    }

    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    @Override
    public RecordingResult lintWith(LintProfile profile, String name) {
        return profile.lintPushes(name, pushes());
    }

    private static JsonNode markers(JsonNode node) {
        if (node.isString()) {
            return switch (node.asString()) {
                case "<undefined>" -> JsValues.UNDEFINED;
                case "<function>" -> JsValues.FUNCTION;
                default -> node;
            };
        }
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, markers(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, markers(array.get(i)));
            }
        }
        return node;
    }
}
