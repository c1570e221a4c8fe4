package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, item 4, through the command line: files that used to crash the run (a key of 5,000 dotted segments; a
 * pushed {@code Proxy} of an array) are findings of their own, and the report written to {@code --output} is whole,
 * valid JSON with the findings of the other file given with them.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
class HostileFilesInOneRunTest {

    @Test
    void theReportIsWrittenWholeWithEveryOtherFilesFindings(@TempDir Path dir) throws IOException {
        Path recs = Files.createDirectories(dir.resolve("recs"));
        Files.writeString(recs.resolve("a-deep.ndjson"), "{\"" + "a.".repeat(4999) + "a\":1}\n");
        Files.writeString(recs.resolve("b-proxy.js"), "dataLayer.push(new Proxy([1, 2, 3], {}));\n");
        Files.writeString(
                recs.resolve("c-valid.ndjson"), "{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"usd\"}}\n");

        CliRun run = CliRun.in(dir, "validate", "--format", "json", "--output", "out/report.json", "recs");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = Json.MAPPER.readTree(dir.resolve("out/report.json").toFile());
        assertThat(report.get("summary").get("files").intValue()).isEqualTo(3);
        assertThat(report.get("findings").toString())
                .contains("\"file\":\"recs/a-deep.ndjson\"")
                .contains("\"rule\":\"input.limit\"")
                .contains("\"file\":\"recs/c-valid.ndjson\"")
                .contains("\"rule\":\"schema.pattern\"")
                .doesNotContain("recs/b-proxy.js")
                .doesNotContain("input.internal");
    }
}
