package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.contract.StandaloneSchema;
import dev.datalayerlint.core.values.Json;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Steps files in JSON and YAML: the steps with their lines, one-line errors, and the shipped JSON Schema. */
class CaptureStepsTest {

    private static final String YAML = """
            # a checkout journey
            - goto: http://127.0.0.1:8765/checkout.html
            - click: "#buy"
            - waitFor: begin_checkout
              timeout: 10000
            - waitForHit: refund
            - wait: 500
            """;

    @Test
    void yamlStepsKeepTheirLines() {
        List<CaptureStep> steps = CaptureSteps.parse("journey.yaml", YAML);
        assertThat(steps)
                .containsExactly(
                        new CaptureStep.Goto("http://127.0.0.1:8765/checkout.html", null, 2),
                        new CaptureStep.Click("#buy", null, 3),
                        new CaptureStep.WaitForEvent("begin_checkout", Duration.ofMillis(10000), 4),
                        new CaptureStep.WaitForHit("refund", null, 6),
                        new CaptureStep.Wait(Duration.ofMillis(500), 7));
        assertThat(CaptureSteps.isYaml("a.YML")).isTrue();
        assertThat(CaptureSteps.isYaml("a.json")).isFalse();
    }

    @Test
    void mistakesInYamlAreOneLineWithLineAndColumn() {
        assertThatThrownBy(() -> CaptureSteps.parse("j.yaml", "- goto: http://x/\n- clik: \"#buy\"\n"))
                .isInstanceOf(CaptureException.class)
                .hasMessageStartingWith("j.yaml:2:3: unknown step key \"clik\"");
        assertThatThrownBy(() -> CaptureSteps.parse("j.yaml", "- wait: 1.5\n"))
                .hasMessageStartingWith("j.yaml:1:3: \"wait\" needs a number of milliseconds");
        assertThatThrownBy(() -> CaptureSteps.parse("j.yml", "- goto: a\n  goto: b\n"))
                .hasMessageStartingWith("j.yml:2:")
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("goto");
        assertThatThrownBy(() -> CaptureSteps.parse("j.yaml", "goto: http://x/\n"))
                .hasMessage("j.yaml:1:1: a steps file is a YAML sequence of steps");
        assertThatThrownBy(() -> CaptureSteps.parse("j.yaml", "- [click, x]\n"))
                .hasMessageStartingWith("j.yaml:1:3: a step is an object");
        assertThatThrownBy(() -> CaptureSteps.parse("j.yaml", "- click: \"#a\n- wait: 1\n"))
                .hasMessageStartingWith("j.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    /** The reader and the shipped schema agree: what one accepts, the other accepts. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "[{\"goto\": \"http://x/\", \"timeout\": 5}]",
                "[{\"click\": \"#a\"}, {\"waitFor\": \"e\"}, {\"waitForHit\": \"refund\"}, {\"wait\": 0}]",
                "[{\"clik\": \"#a\"}]",
                "[{\"click\": \"#a\", \"goto\": \"http://x/\"}]",
                "[{\"timeout\": 5}]",
                "[{\"wait\": -1}]",
                "[{\"wait\": 1.5}]",
                "[{\"click\": \"\"}]",
                "[{\"click\": \"  \"}]",
                "[{\"goto\": 3}]",
                "[{\"click\": \"#a\", \"timeout\": \"5s\"}]",
                "[\"click\"]",
                "{\"click\": \"#a\"}"
            })
    void theShippedSchemaAgreesWithTheReader(String document) throws Exception {
        boolean reader;
        try {
            CaptureSteps.parse("steps.json", document);
            reader = true;
        } catch (CaptureException e) {
            reader = false;
        }
        StandaloneSchema schema;
        try (InputStream in = CaptureSteps.class.getResourceAsStream(CaptureSteps.SCHEMA_RESOURCE)) {
            schema = StandaloneSchema.of(Json.MAPPER.readTree(in));
        }
        assertThat(schema.check(Json.MAPPER.readTree(document)).isEmpty())
                .as(document)
                .isEqualTo(reader);
        // the same document written as YAML reads the same
        String yaml = new YAMLMapper().writeValueAsString(Json.MAPPER.readTree(document));
        boolean fromYaml;
        try {
            CaptureSteps.parse("steps.yaml", yaml);
            fromYaml = true;
        } catch (CaptureException e) {
            fromYaml = false;
        }
        assertThat(fromYaml).as(yaml).isEqualTo(reader);
    }
}
