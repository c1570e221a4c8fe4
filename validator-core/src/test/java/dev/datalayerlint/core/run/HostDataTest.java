package dev.datalayerlint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.report.ReportContext;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 2 and its smaller cousins in item 10: no host data in any report. Real symbolic links, FIFOs and
 * pseudo-files, made in a temporary folder; POSIX only (symbolic links and FIFOs need it).
 */
class HostDataTest {

    /** What a private key or a {@code .env} line looks like: it must never reach a report. */
    private static final String SECRET = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";

    private static final String VALID = "[{\"event\": \"page_view\"}]";

    @TempDir
    Path temp;

    private Path recordings;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        recordings = Files.createDirectories(temp.resolve("recordings"));
        outside = Files.createDirectories(temp.resolve("home"));
        Files.writeString(outside.resolve("id_ed25519"), SECRET + "\nAWS_SECRET_ACCESS_KEY=" + SECRET + "\n");
        Files.writeString(recordings.resolve("ok.json"), VALID);
    }

    private Report validate(Path... paths) {
        ValidationRequest.Builder request = ValidationRequest.builder().baseDirectory(temp);
        for (Path path : paths) {
            request.path(path);
        }
        return Validator.create().validate(request.build());
    }

    /** Every format's rendering of the report: host data must be in none of them. */
    private static String everyFormat(Report report) throws IOException {
        StringBuilder all = new StringBuilder();
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.reporter().write(report, ReportContext.DEFAULT, out);
            all.append(out);
        }
        return all.toString();
    }

    private static void mkfifo(Path fifo) throws Exception {
        Process process = new ProcessBuilder("mkfifo", fifo.toString())
                .redirectErrorStream(true)
                .start();
        assumeThat(process.waitFor()).as("mkfifo").isZero();
    }

    @Test
    void aSymlinkOutOfTheFolderIsSkippedNotRead() throws IOException {
        Files.createSymbolicLink(recordings.resolve("key.ndjson"), outside.resolve("id_ed25519"));
        Files.createSymbolicLink(recordings.resolve("env.json"), Path.of("../home/id_ed25519"));
        Files.createSymbolicLink(recordings.resolve("shared"), outside);

        Report report = validate(recordings);

        assertThat(everyFormat(report)).doesNotContain(SECRET.substring(0, 12)).doesNotContain("home/id_ed25519");
        assertThat(report.summary().files()).isEqualTo(1);
        assertThat(report.findings())
                .extracting(f ->
                        f.ruleId() + " " + f.severity() + " " + f.location().file())
                .containsExactly(
                        "input.skipped INFO recordings/env.json",
                        "input.skipped INFO recordings/key.ndjson",
                        "input.skipped INFO recordings/shared");
        assertThat(report.findings().get(1).message()).contains("outside recordings");
        assertThat(report.failsAt(Severity.ERROR)).isFalse();
    }

    @Test
    void aSymlinkInsideTheFolderIsReadOnceUnderTheFirstNameMet() throws IOException {
        Files.createDirectories(recordings.resolve("sub"));
        Files.writeString(recordings.resolve("sub/bad.json"), "[{\"event\": \"purchase\"}]");
        Files.createSymbolicLink(recordings.resolve("alias.json"), Path.of("sub/bad.json"));
        Files.createSymbolicLink(recordings.resolve("again"), Path.of("sub"));

        Report report = validate(recordings);

        // The link stays inside the folder, so it is read; the file it names is the same recording, read once
        // (a file reached twice is validated once), and the linked folder is not walked again.
        assertThat(report.files())
                .extracting(FileSummary::file)
                .containsExactly("recordings/alias.json", "recordings/ok.json");
        assertThat(report.findings())
                .extracting(Finding::location)
                .extracting(l -> l.file())
                .containsExactly("recordings/alias.json");
    }

    @Test
    void anExplicitSymlinkIsFollowedButNeverIntoProcDevOrAFifo() throws Exception {
        Path named = temp.resolve("named.json");
        Files.createSymbolicLink(named, recordings.resolve("ok.json"));
        Path environ = temp.resolve("environ.json");
        Files.createSymbolicLink(environ, Path.of("/proc/self/environ"));
        Path zero = temp.resolve("x.ndjson");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Path fifo = temp.resolve("f.ndjson");
        mkfifo(fifo);

        Report report = validate(named, environ, zero, fifo);

        assertThat(report.summary().files()).isEqualTo(1);
        assertThat(report.findings())
                .extracting(f -> f.ruleId() + " " + f.location().file())
                .containsExactly(
                        "input.unreadable environ.json", "input.unreadable f.ndjson", "input.unreadable x.ndjson");
        assertThat(report.findings().get(0).message()).contains("/proc");
        assertThat(report.findings().get(1).message()).contains("not a regular file");
        assertThat(everyFormat(report)).doesNotContain("PATH=").doesNotContain("HOME=");
    }

    @Test
    void aSystemFolderIsNeverSearched() {
        assumeThat(Path.of("/proc/self")).isDirectory();

        Report report = validate(Path.of("/proc/self"));

        assertThat(report.summary().files()).isZero();
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("input.unreadable");
        assertThat(report.findings().get(0).message()).contains("system folder");
    }

    @Test
    void aFifoInAFolderIsSkippedWithoutBlocking() throws Exception {
        mkfifo(recordings.resolve("capture.ndjson"));
        mkfifo(recordings.resolve("notes.txt"));

        Report report = validate(recordings);

        assertThat(report.summary().files()).isEqualTo(1);
        assertThat(report.findings())
                .extracting(f -> f.ruleId() + " " + f.location().file())
                .containsExactly("input.skipped recordings/capture.ndjson");
    }

    @Test
    void anUnparseableTokenIsQuotedAsAShortEscapedExcerpt() throws IOException {
        Path json = recordings.resolve("key.json");
        Files.writeString(json, SECRET + "\u001b[2K\n-----END OPENSSH PRIVATE KEY-----\n");
        Path ndjson = recordings.resolve("env.ndjson");
        Files.writeString(ndjson, "{\"event\":\"x\"}\n" + SECRET + "Zz\u0007\n");

        Report report = validate(json, ndjson);

        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("input.syntax");
        for (Finding finding : report.findings()) {
            assertThat(finding.message())
                    .doesNotContain(SECRET.substring(0, 41))
                    .doesNotContain("\u001b");
            assertThat(finding.message()).contains(SECRET.substring(0, 40) + "…");
        }
    }

    @Test
    void aJsRecordingQuotesAtMostAnExcerptOfANameItDoesNotKnow() throws IOException {
        Path js = recordings.resolve("env.js");
        Files.writeString(js, "AWS_SECRET_ACCESS_KEY=" + SECRET + "\n");

        Report report = validate(js);

        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("input.runtime");
        assertThat(report.findings().get(0).message())
                .doesNotContain(SECRET.substring(0, 41))
                .contains(SECRET.substring(0, 40) + "…");
    }

    @Test
    void aRecordingCannotSuppressItsOwnSandboxFinding() throws IOException {
        Path js = recordings.resolve("sneaky.js");
        Files.writeString(
                js,
                "/* datalayer-lint-disable */\n"
                        + "dataLayer.push({event: 'page_view'});\n"
                        + "// datalayer-lint-disable-next-line input.sandbox\n"
                        + "require('fs');\n");

        Report report = validate(js);

        assertThat(report.findings())
                .extracting(f -> f.ruleId() + " " + f.suppressed())
                .containsExactly("input.sandbox false");
        assertThat(report.failsAt(Severity.ERROR)).isTrue();
    }
}
