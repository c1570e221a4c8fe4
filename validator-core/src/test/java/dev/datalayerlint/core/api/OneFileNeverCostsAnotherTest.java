package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4: one file can never cost another file its findings. Inputs that used to crash the whole run (a
 * key of thousands of dotted segments overflowed the stack in GTM's merge; a pushed Proxy of an array threw in the
 * JavaScript snapshot) are findings of their own recording, and the recordings given with them are checked as usual.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
class OneFileNeverCostsAnotherTest {

    private static final String BAD_CURRENCY = "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"T1\","
            + "\"currency\":\"usd\",\"value\":1,\"items\":[{\"item_id\":\"A\"}]}}";

    /** {@code {"a.a.a…a": 1}}: a key of {@code segments} dotted segments. */
    static String dottedKeyPush(int segments) {
        return "{\"" + "a.".repeat(segments - 1) + "a\":1}";
    }

    @Test
    void aKeyOfFiveThousandDottedSegmentsIsRefusedWithAFindingAndTheRecordingGoesOn() {
        String ndjson = dottedKeyPush(5000) + "\n" + BAD_CURRENCY + "\n";

        RecordingResult result = LintProfile.defaults().lint("deep.ndjson", ndjson, RecordingFormat.NDJSON);

        assertThat(result.pushes()).isEqualTo(2);
        assertThat(result.findings()).extracting(Finding::ruleId).contains("input.limit", "schema.pattern");
        Finding limit = result.findings().stream()
                .filter(f -> f.ruleId().equals("input.limit"))
                .findFirst()
                .orElseThrow();
        assertThat(limit.location().line()).isEqualTo(1);
        assertThat(limit.message()).startsWith("push nests more than 100 levels deep");
    }

    @Test
    void aPushAtTheDepthLimitIsStillCheckedAndMerged() {
        String ndjson = dottedKeyPush(100) + "\n" + "[\"" + "a.".repeat(99) + "push\",1]\n";

        RecordingResult result = LintProfile.defaults().lint("deep.ndjson", ndjson, RecordingFormat.NDJSON);

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aDeepKeyInOneFileCostsNoOtherFileItsFindings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-deep.ndjson"), dottedKeyPush(5000) + "\n");
        Files.writeString(dir.resolve("b-deep.js"), "dataLayer.push({'" + "a.".repeat(4999) + "a': 1});\n");
        Files.writeString(dir.resolve("c-valid.ndjson"), BAD_CURRENCY + "\n");

        Report report = Validator.create()
                .validate(
                        ValidationRequest.builder().path(dir).baseDirectory(dir).build());

        assertThat(report.findings())
                .extracting(f -> f.location().file() + " " + f.ruleId())
                .containsExactly("a-deep.ndjson input.limit", "b-deep.js input.limit", "c-valid.ndjson schema.pattern");
    }

    @Test
    void aPushedProxyOfAnArrayIsCopiedAsTheArrayItStandsFor() {
        String script = """
                dataLayer.push(new Proxy([1, 2, 3], {}));
                dataLayer.push({event: 'after', list: new Proxy(['x'], {})});
                """;

        RecordingResult result = LintProfile.defaults().lint("proxy.js", script, RecordingFormat.JS);

        assertThat(result.pushes()).isEqualTo(2);
        assertThat(result.findings()).isEmpty();
    }
}
