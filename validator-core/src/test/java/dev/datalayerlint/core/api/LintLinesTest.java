package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.report.JsonReporter;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording handed over as lines (a pipeline's grouped capture) lints as the same lines read from a file. */
class LintLinesTest {

    private static final LintProfile PROFILE = LintProfile.defaults();

    private static final String CAPTURE = """
            {"recording":"r","seq":0,"ts":1,"url":"u","source":null,"via":"push","kind":"object","push":{"event":"refund","ecommerce":{"transaction_id":"T1","currency":"usd","value":7.777}}}

            {"recording":"r","seq":1,"ts":2,"url":"u","source":{"url":"https://shop/a.js","line":3,"column":9},"via":"push","kind":"object","push":{"ecommerce":null}}
            {"recording":"r", "seq": broken
            {"recording":"r","seq":2,"ts":1,"url":"u","source":null,"via":"network","kind":"ga4","hit":{"endpoint":"e","method":"GET","params":{}}}
            {"event":"purchase","ecommerce":{"transaction_id":"T2","currency":"EUR","value":"7"}}
            """;

    @Test
    void linesLintAsTheFileTheyCameFrom() throws IOException {
        byte[] bytes = (CAPTURE + "{\"event\": \"x\u00ff\"}\n").getBytes(StandardCharsets.ISO_8859_1);
        List<CaptureLine> lines = new ArrayList<>();
        CaptureLine.read("captures/r.ndjson", new ByteArrayInputStream(bytes), lines::add);

        RecordingResult fromLines = PROFILE.lintLines("captures/r.ndjson", lines);
        Report fromFile = Validator.create()
                .validate(ValidationRequest.builder()
                        .input(Input.bytes("captures/r.ndjson", bytes, RecordingFormat.NDJSON))
                        .build());

        assertThat(lines).hasSize(7);
        assertThat(lines.get(6).text()).isNull();
        assertThat(fromLines.pushes())
                .isEqualTo(4); // two pushes, the GA4 hit (counted among the pushes) and the bare push
        assertThat(fromLines.findings())
                .extracting(Finding::ruleId)
                .contains("schema.pattern", "input.syntax", "input.encoding");
        assertThat(fromLines.findings()).isEqualTo(fromFile.findings());
    }

    @Test
    void aRecordingMaySpanFilesAndNoContentIsAnEmptyFile() {
        List<CaptureLine> lines = CAPTURE.lines()
                .limit(3)
                .map(text -> CaptureLine.of("b.ndjson", 7, text))
                .toList();
        RecordingResult result = PROFILE.lintLines("b.ndjson", lines);
        assertThat(result.pushes()).isEqualTo(2);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.pushIndex()).isPresent());

        assertThat(PROFILE.lintLines("empty.ndjson", List.of(CaptureLine.of("empty.ndjson", 1, " ")))
                        .findings())
                .extracting(f -> f.ruleId() + " " + f.location())
                .containsExactly("input.empty " + SourceLocation.of("empty.ndjson"));
    }

    @Test
    void anEnvelopeLineNamesItsRecordingAndSeqAndOtherLinesNone() {
        List<CaptureLine> lines =
                CAPTURE.lines().map(text -> CaptureLine.of("c.ndjson", 1, text)).toList();
        assertThat(lines)
                .extracting(line ->
                        line.envelope().map(e -> e.recording() + "#" + e.seq()).orElse("-"))
                .containsExactly("r#0", "-", "r#1", "-", "r#2", "-");
        assertThat(new CaptureLine("c.ndjson", 1, null, 3).envelope()).isEmpty();
        assertThat(CaptureLine.of("c", 1, "{\"recording\":\"r\",\"seq\":\"1\",\"push\":{}}")
                        .envelope())
                .isEmpty();
        // validate reads a negative seq as an envelope line too (CaptureEnvelope.isEnvelope): keyed the same way
        assertThat(CaptureLine.of("c", 1, "{\"recording\":\"r\",\"seq\":-1,\"push\":{}}")
                        .envelope())
                .contains(new CaptureLine.Envelope("r", -1));
    }

    @Test
    void aSelfContainedSpecCarriesItsContractFoldersAndLintsTheSame(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("acme"));
        Files.writeString(dir.resolve("acme/signup.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "x-datalayer": {"events": ["signup"], "target": ""},
                 "type": "object", "properties": {"plan": {"enum": ["free", "pro"]}}}
                """);
        LintProfile fromFolder = LintProfile.builder().contractDirectory(dir).build();
        LintProfile.Spec inline = fromFolder.spec().selfContained();
        String recording = "[{\"event\": \"signup\", \"plan\": \"gold\"}]";

        assertThat(inline.contractDirectories()).isEmpty();
        assertThat(inline.schemas()).containsOnlyKeys("acme/signup.json");
        assertThat(inline.build().lint("r.json", recording, RecordingFormat.JSON))
                .isEqualTo(fromFolder.lint("r.json", recording, RecordingFormat.JSON));
        assertThat(fromFolder.lint("r.json", recording, RecordingFormat.JSON).findings())
                .extracting(Finding::ruleId)
                .containsExactly("schema.enum");
    }

    @Test
    void aRefusedRecordingIsOneLimitFinding() {
        RecordingResult refused = PROFILE.refuse("r", "too large", new SourceLocation("a.ndjson", 4, 1));
        assertThat(refused.findings())
                .extracting(f -> f.ruleId() + " " + f.severity().label() + " " + f.message())
                .containsExactly("input.limit error too large");
    }

    @Test
    void aFindingLineIsAnElementOfTheJsonReportsFindings() {
        Finding finding = PROFILE.lint(
                        "r.json", "[{\"event\":\"refund\",\"ecommerce\":{\"currency\":\"usd\"}}]", RecordingFormat.JSON)
                .findings()
                .getFirst();
        String line = JsonReporter.findingLine(finding);
        assertThat(line).doesNotContain("\n");
        assertThat(Json.MAPPER.readTree(line).path("rule").asString()).isEqualTo(finding.ruleId());
        assertThat(Json.MAPPER.readTree(line).path("file").asString()).isEqualTo("r.json");
    }
}
