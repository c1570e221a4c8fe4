package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.datalayerlint.core.spi.JsLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The literal reading against the sandbox, with a fuzzer choosing the scripts: whenever {@link LiteralScript} takes a
 * script as literal, the sandbox must deliver exactly what it delivered. In a normal build it runs over its committed
 * corpus ({@code LiteralScriptFuzzTestInputs/literalScript/}); {@code docs/fuzzing.md} says how to fuzz for real.
 */
class LiteralScriptFuzzTest {

    private static final JsLimits LIMITS = new JsLimits(20_000, Duration.ofSeconds(5));
    private static final JsRecordingReader SANDBOX = new JsRecordingReader(LIMITS, JsSandbox.SHARED, false);

    @FuzzTest(maxDuration = "10m")
    void literalScript(FuzzedDataProvider data) {
        String script = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        RecordingSinkStub literal = new RecordingSinkStub();
        if (LiteralScript.read(script, PushDescriptions.FILE, LIMITS.statementLimit(), literal)) {
            assertThat(PushDescriptions.of(literal)).isEqualTo(PushDescriptions.of(SANDBOX, script));
        } else {
            assertThat(literal.pushes).isEmpty();
        }
    }
}
