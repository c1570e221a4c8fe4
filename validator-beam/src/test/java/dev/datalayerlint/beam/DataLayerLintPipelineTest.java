package dev.datalayerlint.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.values.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline on the DirectRunner reports, finding for finding, what {@code validate} (the core's file run) reports
 * on the same files: on the fixtures, and on a generated capture of many recordings whose lines were shuffled across
 * files (so grouping by recording and ordering by seq are what make them agree).
 */
class DataLayerLintPipelineTest {

    /** Pushes in the generated capture; docs/beam.md gives the 100k run ({@code -Dbeam.test.pushes=100000}). */
    private static final int PUSHES = Integer.getInteger("beam.test.pushes", 20_000);

    private static final Path FIXTURES =
            Path.of(System.getProperty("datalayer.fixtures", "../test-fixtures/recordings"));

    @TempDir
    Path dir;

    @Test
    void findingsOnTheFixturesAreThoseOfValidate() throws IOException {
        Path captures = Files.createDirectories(dir.resolve("captures"));
        Files.copy(FIXTURES.resolve("capture/mixed.ndjson"), captures.resolve("capture-mixed.ndjson"));
        Files.copy(FIXTURES.resolve("input/blank.ndjson"), captures.resolve("input-blank.ndjson"));
        for (String folder : List.of("ecommerce", "refund")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
                for (Path json :
                        files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    asEnvelope(json, captures.resolve(folder + "-" + json.getFileName() + ".ndjson"));
                }
            }
        }
        // Envelope lines with a broken line and one that is not UTF-8 among them; and a file of bare pushes.
        byte[] broken = """
                {"recording":"b","seq":0,"ts":2,"url":"u","source":null,"via":"push","kind":"object","push":{"event":"refund","ecommerce":{"currency":"usd"}}}
                {"recording":"b", "seq": 1, broken
                {"recording":"b","seq":1,"ts":3,"url":"u","source":null,"via":"push","kind":"object","push":{"event":"purchase","ecommerce":{"transaction_id":"T2","currency":"EUR","value":"7"}}}
                {"recording":"b","seq":2,"ts":4,"url":"u","source":null,"via":"push","kind":"object","push":{"event":"\u00ff"}}
                """.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(captures.resolve("broken.ndjson"), broken);
        Files.writeString(captures.resolve("bare.ndjson"), """
                {"event":"refund","ecommerce":{"currency":"usd"}}
                {"event":"purchase","ecommerce":{"transaction_id":"T2","currency":"EUR","value":"7"}}
                {"event": nope}
                """);
        Files.write(captures.resolve("empty.ndjson"), new byte[0]);

        List<String> expected = PipelineRun.validator(dir, PipelineRun.ndjson(captures));
        List<String> actual = PipelineRun.pipeline(dir, "captures/*.ndjson", dir.resolve("out"));

        assertThat(expected)
                .anyMatch(l -> l.contains("\"input.syntax\""))
                .anyMatch(l -> l.contains("\"input.encoding\""))
                .anyMatch(l -> l.contains("\"input.empty\""))
                .anyMatch(l -> l.contains("\"schema.pattern\""));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void aShuffledCaptureOfManyRecordingsGivesTheFindingsOfValidateOnEachRecording() throws IOException {
        List<List<String>> recordings = CaptureGenerator.recordings(PUSHES, 17);
        CaptureGenerator.writePerRecording(dir.resolve("per-recording"), recordings);
        CaptureGenerator.writeShuffled(dir.resolve("shuffled"), recordings, 4, 23);

        List<String> expected = PipelineRun.validator(dir, PipelineRun.ndjson(dir.resolve("per-recording")));
        List<String> actual = PipelineRun.pipeline(dir, "shuffled/*.ndjson", dir.resolve("out"));

        assertThat(recordings).hasSizeGreaterThan(20);
        assertThat(expected.stream()
                        .map(l -> Json.MAPPER.readTree(l).path("rule").asString())
                        .distinct())
                .hasSizeGreaterThan(3);
        assertThat(actual).containsExactlyElementsOf(expected);

        JsonNode summary = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile());
        assertThat(summary.path("findings").asLong()).isEqualTo(expected.size());
        assertThat(counts(summary.path("rules"))).isEqualTo(countBy(expected, "rule"));
        assertThat(counts(summary.path("events"))).isEqualTo(countBy(expected, "event"));
    }

    @Test
    void aRecordingOverTheLimitIsOneFindingAndTheOthersAreLinted() throws IOException {
        List<List<String>> recordings = CaptureGenerator.recordings(600, 5);
        CaptureGenerator.writeShuffled(dir.resolve("shuffled"), recordings, 2, 1);
        long over = recordings.stream().filter(r -> r.size() > 100).count();

        List<String> findings =
                PipelineRun.pipeline(dir, "shuffled/*.ndjson", dir.resolve("out"), "--maxRecordingLines=100");

        List<String> limits =
                findings.stream().filter(l -> l.contains("\"input.limit\"")).toList();
        assertThat(over).isPositive();
        assertThat(limits).hasSize((int) over).allMatch(l -> l.contains("larger than this pipeline lints"));
        assertThat(findings).hasSizeGreaterThan(limits.size());
    }

    @Test
    void aMissingOptionIsOneLineAndExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataLayerLintPipeline.run(
                new String[] {"--output=" + dir}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .contains("--input");
    }

    @Test
    void anInputThatMatchesNoFileIsOneLineAndExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataLayerLintPipeline.run(
                new String[] {"--input", dir.resolve("none-*.ndjson").toString(), "--output", dir.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .endsWith("none-*.ndjson matches no file");
    }

    @Test
    void anUnknownContractsFolderIsOneLineAndExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataLayerLintPipeline.run(
                new String[] {"--input=x", "--output=" + dir, "--contracts=" + dir.resolve("nope")},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("datalayer-lint-beam: contracts folder not found");
    }

    private static void asEnvelope(Path json, Path ndjson) throws IOException {
        JsonNode pushes = Json.MAPPER.readTree(json.toFile());
        if (!pushes.isArray()) {
            return; // a fixture of one document: not a recording of pushes
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pushes.size(); i++) {
            JsonNode push = pushes.get(i);
            lines.add(Json.MAPPER.writeValueAsString(CaptureEnvelope.line(
                    json.getFileName().toString(),
                    i,
                    0,
                    "https://shop.example/",
                    null,
                    "push",
                    push.isArray() ? PushKind.GTAG : PushKind.OBJECT,
                    push)));
        }
        Files.write(ndjson, lines);
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new TreeMap<>();
        object.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static Map<String, Long> countBy(List<String> findings, String field) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : findings) {
            JsonNode value = Json.MAPPER.readTree(line).path(field);
            counts.merge(value.isNull() ? FindingSummary.NO_EVENT : value.asString(), 1L, Long::sum);
        }
        return counts;
    }
}
