package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.datalayerlint.core.spi.JsLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The literal reading against the sandbox, with a fuzzer choosing the scripts: whenever {@link LiteralScript} takes a
 * script as literal, or the end of a script after known code as its literal tail, the sandbox must deliver exactly what
 * the reader delivered. In a normal build it runs over its committed corpus ({@code LiteralScriptFuzzTestInputs/});
 * {@code docs/fuzzing.md} says how to fuzz for real.
 */
class LiteralScriptFuzzTest {

    private static final JsLimits LIMITS = new JsLimits(20_000, Duration.ofSeconds(5));
    private static final JsRecordingReader SANDBOX = new JsRecordingReader(LIMITS, JsSandbox.SHARED, false);
    private static final JsRecordingReader TAILS = new JsRecordingReader(LIMITS, JsSandbox.SHARED, true);

    @FuzzTest(maxDuration = "10m")
    void literalScript(FuzzedDataProvider data) {
        String script = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        RecordingSinkStub literal = new RecordingSinkStub();
        if (LiteralScript.read(script, PushDescriptions.FILE, LIMITS.statementLimit(), literal)) {
            assertThat(PushDescriptions.withoutTimes(PushDescriptions.of(literal)))
                    .isEqualTo(PushDescriptions.withoutTimes(PushDescriptions.of(SANDBOX, script)));
        } else {
            assertThat(literal.pushes).isEmpty();
        }
    }

    /**
     * One of {@link LiteralRunsTest}'s pieces of code (read as data after some, run after others), then what the
     * fuzzer writes; compared whenever what it wrote is one run of literal statements, so that only known code runs.
     */
    @FuzzTest(maxDuration = "10m")
    void literalTail(FuzzedDataProvider data) {
        List<String> codes = new ArrayList<>(LiteralRunsTest.LEAVING_THE_PUSH_ALONE);
        codes.addAll(LiteralRunsTest.CHANGING_THE_PUSH);
        String code = codes.get(data.consumeInt(0, codes.size() - 1));
        String script = code + new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        List<LiteralScript.Run> runs = LiteralScript.runs(script);
        if (runs.size() == 1
                && runs.get(0).offset() == code.length()
                && runs.get(0).end() == script.length()) {
            assertThat(PushDescriptions.of(TAILS, script)).isEqualTo(PushDescriptions.of(SANDBOX, script));
        }
    }
}
