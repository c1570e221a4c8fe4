package dev.datalayerlint.core.model;

import static dev.datalayerlint.core.TestPushes.recording;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Golden output of both renderings. To accept a deliberate change of format, run with
 * {@code -Dreplay.golden.update=true} and review the diff of the files under {@code src/test/resources}.
 */
class ReplayRendererTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/datalayerlint/core/model");

    /** One push of each kind, an undefined, a function, a NaN, a problem in the middle. */
    private static List<Push> recordingOfEveryKind() {
        TestPushes recording = recording()
                .push("{event: 'gtm.js', 'gtm.start': 1700000000000}")
                .push("{event: 'purchase', ecommerce: {transaction_id: 'T1', value: 12.5, coupon: '<undefined>',"
                        + " items: [{item_id: 'A', 'item-category': 'Shoes', price: 12.5}]}}")
                .gtag("['event', 'purchase', {transaction_id: 'T1', value: 12.50}]")
                .gtag("['set', {user_id: 'u1'}]")
                .push("['ecommerce.items.push', {item_id: 'B'}]")
                .function("[{'a.b': 1}, {callback: '<function>'}]")
                .push("{ecommerce: null}")
                .push("'not an object'");
        recording.add(JsonNodeFactory.instance.objectNode().put("ratio", Double.NaN), PushKind.OBJECT);
        return recording.pushes();
    }

    private static String render(ReplayRenderer.Format format) {
        StringWriter out = new StringWriter();
        try (ReplayRenderer renderer = new ReplayRenderer(out, format)) {
            List<Push> pushes = recordingOfEveryKind();
            for (Push push : pushes) {
                renderer.push(push);
                if (push.index() == 6) {
                    renderer.problem(new InputProblem(
                            InputRules.SYNTAX, "Unexpected token ']'", new SourceLocation("t.json", 8, 14)));
                }
            }
        }
        return out.toString();
    }

    private static void assertGolden(String actual, String file) throws IOException {
        Path path = GOLDEN.resolve(file);
        if (Boolean.getBoolean("replay.golden.update")) {
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReplayRendererTest.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        assertGolden(render(ReplayRenderer.Format.JSON), "replay.golden.json");
    }

    @Test
    void textMatchesTheGoldenFile() throws IOException {
        assertGolden(render(ReplayRenderer.Format.TEXT), "replay.golden.txt");
    }

    @Test
    void jsonIsOneDocumentWhoseJsValuesPointAtNulls() {
        JsonNode document = JsonMapper.builder().build().readTree(render(ReplayRenderer.Format.JSON));

        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("pushes")).hasSize(9);
        assertThat(document.get("problems")).hasSize(1);
        for (JsonNode entry : document.get("pushes")) {
            JsonNode jsValues = entry.get("jsValues");
            if (jsValues != null) {
                for (Map.Entry<String, JsonNode> value : jsValues.properties()) {
                    assertThat(entry.at(value.getKey()).isNull())
                            .as(value.getKey())
                            .isTrue();
                }
            }
        }
        JsonNode purchase = document.get("pushes").get(1);
        assertThat(purchase.get("jsValues").get("/model/ecommerce/coupon").asString())
                .isEqualTo("undefined");
        assertThat(document.get("pushes")
                        .get(8)
                        .get("jsValues")
                        .get("/payload/ratio")
                        .asString())
                .isEqualTo("NaN");
    }

    @Test
    void emptyRecording() {
        StringWriter json = new StringWriter();
        ReplayRenderer.render(List.of(), json, ReplayRenderer.Format.JSON);
        StringWriter text = new StringWriter();
        ReplayRenderer.render(List.of(), text, ReplayRenderer.Format.TEXT);

        assertThat(json).hasToString("{\"version\":1,\"pushes\":[],\"problems\":[]}\n");
        assertThat(text).hasToString("0 pushes replayed\n");
    }

    @Test
    void answersFunctionPushesFromTheReplayedModel() {
        ReplayRenderer renderer = new ReplayRenderer(new StringWriter(), ReplayRenderer.Format.TEXT);
        renderer.push(recording().push("{a: {b: [1, 2]}}").pushes().get(0));

        assertThat(renderer.modelValue("a.b.length").asInt()).isEqualTo(2);
        assertThat(JsValues.isUndefined(renderer.modelValue("a.c"))).isTrue();
    }

    /** Issue 11, item 10: a big model and many small pushes no longer make replay output grow as their product. */
    @Test
    void replayOutputStaysProportionalToItsInput() {
        StringBuilder big = new StringBuilder("{big: [");
        for (int i = 0; i < 100_000; i++) {
            big.append(i == 0 ? "" : ",").append(i % 10);
        }
        TestPushes recording = recording().push(big.append("]}").toString());
        for (int i = 0; i < 500; i++) {
            recording.push("{n: " + i + "}");
        }
        StringWriter out = new StringWriter();
        ReplayRenderer.render(recording.pushes(), out, ReplayRenderer.Format.JSON);

        JsonNode entries = JsonMapper.shared().readTree(out.toString()).get("pushes");
        assertThat(entries).hasSize(501);
        long printed = 0;
        for (JsonNode entry : entries) {
            printed += entry.get("model").isNull() ? 0 : ModelBudget.count(entry.get("model"), Long.MAX_VALUE);
        }
        long pushed = 100_002 + 500 * 2;
        assertThat(printed).isLessThanOrEqualTo(ModelBudget.BASE + ModelBudget.PER_PUSHED_VALUE * pushed);
        assertThat(entries.get(0).has("modelOmitted")).isFalse();
        assertThat(entries.get(500).get("modelOmitted").asString())
                .startsWith("(omitted: ")
                .endsWith("the most its size allows; replay fewer pushes to see it)");
    }
}
