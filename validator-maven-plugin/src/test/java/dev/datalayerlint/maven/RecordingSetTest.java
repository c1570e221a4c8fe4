package dev.datalayerlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSetTest {

    @TempDir
    Path project;

    @BeforeEach
    void recordings() throws IOException {
        for (String name : List.of(
                "src/test/datalayer/a.json",
                "src/test/datalayer/b.ndjson",
                "src/test/datalayer/c.txt",
                "src/test/datalayer/checkout/d.jsonl",
                "src/test/datalayer/checkout/e.js",
                "src/test/datalayer/drafts/f.json",
                "src/test/datalayer/.git/g.json",
                "other/h.json")) {
            Path file = project.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "[]");
        }
    }

    @Test
    void defaultsTakeEveryRecordingFormatUnderSrcTestDatalayer() {
        assertThat(names(new RecordingSet()))
                .containsExactly("a.json", "b.ndjson", "checkout/d.jsonl", "checkout/e.js", "drafts/f.json");
    }

    @Test
    void includesAndExcludesArePatternsRelativeToTheDirectory() {
        RecordingSet set = new RecordingSet(null, List.of("**/*.json", "**/*.jsonl"), List.of("drafts/**"));
        assertThat(names(set)).containsExactly("a.json", "checkout/d.jsonl");
    }

    @Test
    void aPlainValueSetsTheDirectoryRelativeToTheProject() {
        RecordingSet set = new RecordingSet();
        set.set("other");
        assertThat(set.directory(project)).isEqualTo(project.resolve("other"));
        assertThat(RecordingFiles.files(set, project)).containsExactly(project.resolve("other/h.json"));
    }

    @Test
    void anAbsoluteDirectoryIsKept() {
        RecordingSet set = new RecordingSet();
        set.setDirectory(project.resolve("other").toString());
        assertThat(RecordingFiles.files(set, Path.of("/elsewhere"))).containsExactly(project.resolve("other/h.json"));
    }

    @Test
    void aMissingDirectoryIsAnEmptySet() {
        RecordingSet set = new RecordingSet();
        set.setDirectory("does/not/exist");
        assertThat(RecordingFiles.files(set, project)).isEmpty();
    }

    private List<String> names(RecordingSet set) {
        Path root = set.directory(project);
        return RecordingFiles.files(set, project).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void aSymlinkOutOfTheDirectoryIsNeverRead() throws Exception {
        Path directory = project.resolve("src/test/datalayer");
        Files.writeString(project.resolve("secret"), "AWS_SECRET_ACCESS_KEY=x");
        Files.createSymbolicLink(directory.resolve("key.ndjson"), project.resolve("secret"));
        Files.createSymbolicLink(directory.resolve("outside"), project.resolve("other"));
        Files.createSymbolicLink(directory.resolve("alias.json"), directory.resolve("a.json"));
        Process mkfifo =
                new ProcessBuilder("mkfifo", directory.resolve("fifo.json").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;

        RecordingFiles.Expansion found = RecordingFiles.expand(new RecordingSet(), project);

        assertThat(found.files())
                .extracting(p -> directory.relativize(p).toString())
                .containsExactly(
                        "a.json", "alias.json", "b.ndjson", "checkout/d.jsonl", "checkout/e.js", "drafts/f.json");
        assertThat(found.skipped()).contains(directory.resolve("key.ndjson"));
        if (fifo) { // Maven's scanner takes only files: a FIFO is neither read nor listed
            assertThat(found.skipped()).doesNotContain(directory.resolve("fifo.json"));
        }
    }
}
