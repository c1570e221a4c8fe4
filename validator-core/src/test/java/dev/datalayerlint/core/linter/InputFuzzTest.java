package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.datalayerlint.core.config.ConfigException;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.model.DataLayerModel;
import dev.datalayerlint.core.model.PushDepth;
import dev.datalayerlint.core.recording.BytesSource;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.recording.NdjsonRecordingReader;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.RuleConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets for everything that reads untrusted input (issue 11): the JSON and NDJSON readers, GTM's data model,
 * the JavaScript recording reader (with short limits), suppression comments and the configuration loader. In a
 * normal build each runs in regression mode over its committed corpus ({@code InputFuzzTestInputs/<method>/} in the
 * test resources: the reproductions of the issue are there); {@code docs/fuzzing.md} says how to fuzz for real. Every
 * target takes a {@link FuzzedDataProvider} whose remaining bytes are the input itself, so a corpus file is the
 * recording, script or configuration text as a person would write it.
 *
 * <p>The oracle is the project's promise: bad input gives a finding, never an exception, and never an
 * {@code input.internal} finding (which says datalayer-lint itself failed).
 */
class InputFuzzTest {

    private static final RecordingLinter LINTER =
            new RecordingLinter(ContractCatalog.shipped(), null, RuleConfig.DEFAULTS, JsLimits.DEFAULTS);

    /** Short limits, so a fuzzer's endless loop costs little; the verdicts stay deterministic (statement count). */
    private static final RecordingLinter JS_LINTER = new RecordingLinter(
            ContractCatalog.shipped(), null, RuleConfig.DEFAULTS, new JsLimits(20_000, Duration.ofSeconds(5)));

    @FuzzTest(maxDuration = "10m")
    void jsonRecording(FuzzedDataProvider data) {
        assertContained(
                LINTER.lint(new BytesSource("fuzz.json", data.consumeRemainingAsBytes()), RecordingFormat.JSON));
    }

    @FuzzTest(maxDuration = "10m")
    void ndjsonRecording(FuzzedDataProvider data) {
        assertContained(
                LINTER.lint(new BytesSource("fuzz.ndjson", data.consumeRemainingAsBytes()), RecordingFormat.NDJSON));
    }

    @FuzzTest(maxDuration = "10m")
    void javaScriptRecording(FuzzedDataProvider data) {
        String script = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        assertContained(JS_LINTER.lint(RecordingSource.ofText("fuzz.js", script), RecordingFormat.JS));
    }

    /** GTM's merge, commands and {@code get} on their own, on every push NDJSON lines can make. */
    @FuzzTest(maxDuration = "10m")
    void gtmModel(FuzzedDataProvider data) {
        DataLayerModel model = new DataLayerModel();
        new NdjsonRecordingReader()
                .read(new BytesSource("fuzz.ndjson", data.consumeRemainingAsBytes()), new PushSink() {
                    @Override
                    public void push(Push push) {
                        if (PushDepth.of(push) <= PushDepth.MAX) { // what the linter refuses, the model never sees
                            model.apply(push);
                            push.payload().propertyNames().forEach(model::get);
                            model.get("ecommerce.items.0.item_id");
                            model.get("ecommerce.items.length");
                        }
                    }

                    @Override
                    public void problem(InputProblem problem) {}

                    @Override
                    public JsonNode modelValue(String dottedKey) {
                        return model.get(dottedKey);
                    }
                });
        model.snapshot();
    }

    /** The comments of a script and what they cover, asked at the start of each of its first lines. */
    @FuzzTest(maxDuration = "10m")
    void suppressionComments(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        Suppressions suppressions = Suppressions.parse(text);
        for (int line = 0; line <= 50; line++) {
            suppressions.covers("schema.pattern", line, 1);
            suppressions.covers("", line, Integer.MAX_VALUE);
        }
    }

    /** The same text as a JSON and as a YAML configuration file. */
    @FuzzTest(maxDuration = "10m")
    void configFile(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        for (boolean yaml : new boolean[] {false, true}) {
            try {
                ConfigLoader.parse(text, "fuzz-config", yaml, Path.of("."));
            } catch (ConfigException expected) {
                // a bad configuration file is a one-line usage error: the promised outcome
            }
        }
    }

    private static void assertContained(RecordingResult result) {
        assertThat(result.findings())
                .extracting(Finding::ruleId)
                .as("findings of datalayer-lint failing on its input: %s", result.findings())
                .doesNotContain(InputRules.INTERNAL.id());
    }
}
