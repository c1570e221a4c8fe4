package dev.datalayerlint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The one walk per push: depth as GTM's dotted keys count it, and what JSON cannot carry, wherever it stands. */
class PushShapeTest {

    @Test
    void aJsonPushIsPlainAndCountsEachSegmentOfADottedKey() {
        PushShape shape = shape(Json.MAPPER.readTree("{\"event\":\"x\",\"a.b.c\":1,\"ecommerce\":{\"items\":[{}]}}"));

        assertThat(shape).isEqualTo(new PushShape(3, false, true));
        assertThat(shape.tooDeep()).isFalse();
    }

    @Test
    void nanDeepInAnArrayIsNonFiniteAndNotPlain() {
        PushShape shape = shape(Json.MAPPER.readTree("{\"ecommerce\":{\"items\":[{\"price\":1},{\"price\":NaN}]}}"));

        assertThat(shape).isEqualTo(new PushShape(4, true, false));
    }

    @Test
    void undefinedAndFunctionsAreNotPlainButFinite() {
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.putObject("ecommerce").set("value", JsValues.UNDEFINED);
        assertThat(shape(payload)).isEqualTo(new PushShape(2, false, false));

        ObjectNode withFunction = Json.MAPPER.createObjectNode();
        withFunction.putArray("list").add(JsValues.FUNCTION);
        assertThat(shape(withFunction)).isEqualTo(new PushShape(2, false, false));
    }

    @Test
    void aCommandArrayCountsItsMethodPath() {
        assertThat(shape(Json.MAPPER.readTree("[\"a.b.c.push\", 1]")).depth()).isEqualTo(4);
    }

    @Test
    void pastTheLimitTheWalkStops() {
        String deep = "{\"a\":".repeat(PushDepth.MAX + 1) + "NaN" + "}".repeat(PushDepth.MAX + 1);

        PushShape shape = shape(Json.MAPPER.readTree(deep));

        assertThat(shape.tooDeep()).isTrue();
        assertThat(PushDepth.of(push(Json.MAPPER.readTree(deep)))).isGreaterThan(PushDepth.MAX);
    }

    private static PushShape shape(JsonNode payload) {
        return PushShape.of(push(payload));
    }

    private static Push push(JsonNode payload) {
        return Push.fromJson(0, payload, new SourceLocation("t.json", 1, 1));
    }
}
