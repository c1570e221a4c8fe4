package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 8: NDJSON encoding errors are reported at the right line and every other line is still validated.
 * A decoder over the whole file reported 0xE9 on line 5,000 of 10,000 at line 4,627 and never read 5,373 pushes.
 */
class NdjsonEncodingErrorsTest {

    private static final byte[] PURCHASE =
            "{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"usd\"}}\n".getBytes(StandardCharsets.UTF_8);

    private static final byte[] PAGE_VIEW = "{\"event\":\"page_view\"}\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLatin1ByteOnLine5000Of10000IsReportedThereAndEveryOtherLineIsChecked(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int line = 1; line <= 10_000; line++) {
            if (line == 5000) {
                file.writeBytes("{\"event\":\"caf".getBytes(StandardCharsets.UTF_8));
                file.write(0xE9);
                file.writeBytes("\"}\r\n".getBytes(StandardCharsets.UTF_8));
            } else if (line == 4999 || line == 5001 || line == 10_000) {
                file.writeBytes(PURCHASE);
            } else {
                file.writeBytes(PAGE_VIEW);
            }
        }
        Files.write(dir.resolve("capture.ndjson"), file.toByteArray());

        Report report = Validator.create()
                .validate(ValidationRequest.builder()
                        .path(dir.resolve("capture.ndjson"))
                        .baseDirectory(dir)
                        .build());

        assertThat(report.summary().pushes()).isEqualTo(9_999);
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("input.encoding"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(5000);
                    assertThat(f.location().column()).isEqualTo(14);
                });
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("schema.pattern"))
                .extracting(f -> f.location().line())
                .containsExactly(4999, 5001, 10_000);
    }

    @Test
    void aByteOrderMarkIsSkippedAndCrlfLinesAreRead(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes("{\"event\":\"a\"}\r\n\r\n{\"event\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bom.ndjson"), file.toByteArray());

        Report report = Validator.create()
                .validate(ValidationRequest.builder()
                        .path(dir.resolve("bom.ndjson"))
                        .baseDirectory(dir)
                        .build());

        assertThat(report.findings()).isEmpty();
        assertThat(report.summary().pushes()).isEqualTo(2);
    }

    @Test
    void aTruncatedCharacterAtTheEndOfTheLastLineIsReportedThere() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3};
        Report report = Validator.create()
                .validate(ValidationRequest.builder()
                        .input(Input.bytes("cut.ndjson", bytes, RecordingFormat.NDJSON))
                        .build());

        assertThat(report.findings())
                .extracting(
                        Finding::ruleId,
                        f -> f.location().line(),
                        f -> f.location().column())
                .containsExactly(tuple("input.encoding", 1, 7));
    }
}
