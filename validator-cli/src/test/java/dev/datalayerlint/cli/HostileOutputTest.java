package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.datalayerlint.core.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, items 5 and 9: reports of hostile input. Every format encodes what it prints (a lone surrogate never
 * breaks a report file), and the text format never passes a control character from the input to a terminal or CI log,
 * nor starts a line with {@code ::} (a GitHub workflow command).
 */
class HostileOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    /** A purchase whose currency ends in a lone high surrogate, as {@code "u\ud800"} in JSON text reads. */
    private Path loneSurrogateRecording() throws Exception {
        Path file = temp.resolve("lone.ndjson");
        Files.writeString(
                file,
                "{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"u\\ud800\",\"value\":1,"
                        + "\"transaction_id\":\"t1\",\"items\":[{\"item_id\":\"a\",\"price\":1,\"quantity\":1}]}}\n");
        return file;
    }

    @Test
    void aLoneSurrogateIsEscapedInEveryFormatAndEveryReportFileIsWrittenWhole() throws Exception {
        Path recording = loneSurrogateRecording();
        Path dir = temp.resolve("reports");
        CliRun all = CliRun.in(
                temp,
                "validate",
                "--format",
                "json",
                "--format",
                "sarif",
                "--format",
                "text",
                "--format",
                "junit",
                "--format",
                "github",
                "--format",
                "html",
                "--output-dir",
                dir.toString(),
                recording.toString());
        assertThat(all.err()).isEmpty();
        assertThat(all.exitCode()).isEqualTo(ExitCode.FINDINGS);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(ReportFormat.values().length);
        }
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(strictUtf8(dir.resolve(format.fileName())))
                    .as(format.label())
                    .contains("\\ud800");
        }
        JsonNode json = JSON.readTree(strictUtf8(dir.resolve("report.json")));
        assertThat(json.get("findings").toString()).contains("u\\\\ud800");
        JSON.readTree(strictUtf8(dir.resolve("report.sarif")));
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("report.junit.xml"))));

        for (String format : List.of("json", "sarif", "text", "github", "junit", "html")) {
            Path file = temp.resolve("single." + format);
            CliRun single =
                    CliRun.in(temp, "validate", "--format", format, "--output", file.toString(), recording.toString());
            assertThat(single.exitCode()).as(format).isEqualTo(ExitCode.FINDINGS);
            assertThat(single.err()).as(format).isEmpty();
            assertThat(strictUtf8(file)).as(format).contains("\\ud800");
        }
        JSON.readTree(strictUtf8(temp.resolve("single.json")));
        JSON.readTree(strictUtf8(temp.resolve("single.sarif")));
    }

    @Test
    void theTextFormatNeverPrintsAControlCharacterOrALineStartingWithColons() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path evil = temp.resolve("evil\n::error file=a.js,line=1::INJECTED.json");
        Files.writeString(
                evil,
                "[{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"\\u001b[2K\\r\\n::error ::forged\","
                        + "\"\\u001b[31mkey\\n::warning ::x\":1,\"value\":1,\"transaction_id\":\"t\",\"items\":[]}}]");
        Path named = temp.resolve("::error file=b.js::named.json");
        Files.writeString(named, "[{\"event\":\"purchase\"}]");

        CliRun text = CliRun.in(temp, "validate", "--format", "text", ".");
        assertThat(text.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(text.out())
                .contains("evil\\n::error file=a.js,line=1::INJECTED.json")
                .containsIgnoringCase("\\u001b");
        for (String line : text.out().split("\n", -1)) {
            assertThat(line.stripLeading()).as(line).doesNotStartWith("::");
            assertThat(line.chars().filter(c -> c < 0x20 || c >= 0x7f && c <= 0x9f))
                    .as(line)
                    .isEmpty();
        }
        assertThat(text.out()).contains("./::error file=b.js::named.json");

        CliRun github = CliRun.in(temp, "validate", "--format", "github", ".");
        for (String line : github.out().split("\n", -1)) {
            assertThat(line.chars().filter(c -> c < 0x20)).as(line).isEmpty();
            if (!line.isEmpty()) {
                assertThat(line).matches("::(error|warning|notice) file=[^:]*::.*");
            }
        }
    }

    @Test
    void replayTextEscapesFileNamesAndValuesToo() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path evil = temp.resolve("evil\n::error ::x.ndjson");
        Files.writeString(evil, "{\"event\":\"x\\u001b[2K\",\"k\\u007f\":\"u\\ud800\"}\n{\"event\": broken\u0007}\n");

        CliRun replay = CliRun.of("replay", evil.toString());

        assertThat(replay.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(replay.out())
                .contains("evil\\n::error")
                .contains("\\u001b[2K")
                .contains("\\ud800");
        for (String line : replay.out().split("\n", -1)) {
            assertThat(line.stripLeading()).as(line).doesNotStartWith("::");
            assertThat(line.chars().filter(c -> c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate((char) c)))
                    .as(line)
                    .isEmpty();
        }
    }

    /** The file's text, decoded strictly: a report that is not valid UTF-8 fails the test. */
    private static String strictUtf8(Path file) throws Exception {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }
}
