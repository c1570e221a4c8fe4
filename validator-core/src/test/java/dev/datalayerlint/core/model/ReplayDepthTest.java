package dev.datalayerlint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, item 4: in {@code replay --format json} a key of 5,000 dotted segments overflowed the stack in GTM's
 * merge and left invalid JSON behind; the push is now refused as an input problem and the document stays whole.
 */
class ReplayDepthTest {

    @Test
    void aPushTooDeepToMergeIsAProblemAndTheJsonStaysValid() {
        JsonNode deep = Json.MAPPER.readTree("{\"" + "a.".repeat(4999) + "a\":1}");
        JsonNode after = Json.MAPPER.readTree("{\"event\":\"after\"}");
        StringWriter out = new StringWriter();

        ReplayRenderer.render(
                List.of(
                        Push.fromJson(0, deep, new SourceLocation("deep.ndjson", 1, 1)),
                        Push.fromJson(1, after, new SourceLocation("deep.ndjson", 2, 1))),
                out,
                ReplayRenderer.Format.JSON);

        JsonNode document = Json.MAPPER.readTree(out.toString());
        assertThat(document.get("pushes")).hasSize(1);
        assertThat(document.get("pushes").get(0).get("model").toString()).isEqualTo("{\"event\":\"after\"}");
        assertThat(document.get("problems").get(0).get("rule").asString()).isEqualTo("input.limit");
        assertThat(document.get("problems").get(0).get("line").intValue()).isEqualTo(1);
    }
}
