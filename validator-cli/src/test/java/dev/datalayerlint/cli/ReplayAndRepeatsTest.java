package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Several recordings in one run: each is its own page, and one named twice is read once. */
class ReplayAndRepeatsTest {

    @TempDir
    Path dir;

    @Test
    void replayGivesEachFileAFreshModelAndReadsARepeatedFileOnce() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "[{\"ecommerce\": {\"items\": [{\"item_id\": \"A\"}]}}]");
        Path b = Files.writeString(dir.resolve("b.json"), "[{\"page\": \"b\"}]");

        CliRun run = CliRun.in(
                dir,
                "replay",
                "--format",
                "json",
                a.toString(),
                b.toString(),
                dir.resolve("./a.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode pushes = Json.MAPPER.readTree(run.out()).get("pushes");
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(1).get("model").toString()).isEqualTo("{\"page\":\"b\"}");
    }

    @Test
    void replayOfAFolderStartsEveryFileEmpty() throws IOException {
        Files.writeString(dir.resolve("1.json"), "[{\"a\": 1}]");
        Files.writeString(dir.resolve("2.json"), "[{\"b\": 2}]");

        CliRun run = CliRun.in(dir, "replay", "--format", "json", dir.toString());

        List<String> models = new ArrayList<>();
        Json.MAPPER
                .readTree(run.out())
                .get("pushes")
                .forEach(p -> models.add(p.get("model").toString()));
        assertThat(models).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void validateReadsAFileNamedTwiceOnce() throws IOException {
        Path r = Files.writeString(
                dir.resolve("r.json"), "[{\"event\": \"refund\", \"ecommerce\": {\"currency\": \"usd\"}}]");

        CliRun run = CliRun.in(
                dir,
                "validate",
                "--format",
                "json",
                r.toString(),
                r.toString(),
                dir.resolve("./r.json").toString(),
                dir.toString());

        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(1);
        assertThat(report.get("findings").size()).isEqualTo(3); // currency, transaction_id, value: once each
    }
}
