package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 11, item 8: invalid UTF-8 on standard input is reported at its line, never silently replaced. */
class StdinEncodingTest {

    @Test
    void invalidUtf8OnStdinIsReportedAtItsLineAndTheOtherLinesAreChecked() {
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        stdin.writeBytes("{\"event\":\"page_view\"}\n".getBytes(StandardCharsets.UTF_8));
        stdin.writeBytes("{\"event\":\"caf".getBytes(StandardCharsets.UTF_8));
        stdin.write(0xE9); // Latin-1 é
        stdin.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        stdin.writeBytes(
                "{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"usd\"}}\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.withStdinBytes(
                stdin.toByteArray(), "validate", "--stdin-format", "ndjson", "--format", "json", "-");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("\"line\" : 2,\n    \"column\" : 14,")
                .contains("\"rule\" : \"input.encoding\"")
                .contains("line 2 is not valid UTF-8 (from column 14); the other lines are still checked")
                .contains("\"line\" : 3,")
                .contains("\"rule\" : \"schema.pattern\"")
                .doesNotContain("\uFFFD");
    }

    @Test
    void invalidUtf8InAJsonDocumentOnStdinIsReportedNotReplaced() {
        byte[] stdin = {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}', ']'};

        CliRun run = CliRun.withStdinBytes(stdin, "validate", "--stdin-format", "json", "-");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("input.encoding").doesNotContain("\uFFFD");
    }
}
