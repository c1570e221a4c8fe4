package dev.datalayerlint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreAndProgressTest {

    private static final String BAD = "[{\"event\": \"refund\", \"ecommerce\": {\"transaction_id\": \"T1\","
            + " \"currency\": \"usd\", \"value\": 1.5}}]";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Report validate(List<String> ignore, Path... paths) {
        ValidationRequest.Builder request =
                ValidationRequest.builder().baseDirectory(dir).ignore(ignore);
        for (Path path : paths) {
            request.path(path);
        }
        return Validator.create().validate(request.build());
    }

    private static List<String> files(Report report) {
        return report.findings().stream()
                .map(f -> f.location().file())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void ignoredFilesAndFoldersAreNeverRead() throws IOException {
        write("ok.json", BAD);
        write("legacy/old.json", "{ this is not json");
        write("legacy/deep/older.json", "{ nor this");
        write("a.tmp.json", "{ broken");
        write("sub/b.tmp.json", "{ broken");
        write("sub/kept.json", BAD);
        write("datalayer-lint.json", "{\"rules\": {}}");
        Report report = validate(List.of("legacy/**", "**/*.tmp.json"), dir);
        assertThat(files(report)).containsExactly("ok.json", "sub/kept.json");
        assertThat(report.summary().files()).isEqualTo(2);
        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("schema.pattern");
    }

    @Test
    void aFolderPatternIgnoresItAllAndNamedFilesAreIgnoredToo() throws IOException {
        write("legacy/old.json", "{ broken");
        write("ok.json", BAD);
        assertThat(files(validate(List.of("legacy"), dir))).containsExactly("ok.json");
        assertThat(files(validate(List.of("./legacy/"), dir))).containsExactly("ok.json");
        Report named = validate(List.of("legacy/*.json"), dir.resolve("legacy/old.json"));
        assertThat(named.findings()).isEmpty();
        assertThat(named.summary().files()).isZero();
        // everything in the folder ignored: nothing to report, not "folder holds no recording"
        assertThat(validate(List.of("legacy/**"), dir.resolve("legacy")).findings())
                .isEmpty();
        // without ignores the broken file is read
        assertThat(files(validate(List.of(), dir))).containsExactly("legacy/old.json", "ok.json");
    }

    @Test
    void badGlobsAreRefusedWhenTheRequestIsBuilt() {
        assertThatThrownBy(() ->
                        ValidationRequest.builder().ignore(List.of("a/[b")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a/[b' is not a valid glob");
    }

    @Test
    void progressHearsTheTotalEveryFileAndEveryPush() throws IOException {
        write("a.json", "[{\"event\": \"x\"}, {\"event\": \"y\"}]");
        write("b.ndjson", "{\"event\": \"z\"}\n");
        List<String> heard = new ArrayList<>();
        Validator.create()
                .validate(
                        ValidationRequest.builder().baseDirectory(dir).path(dir).build(), new ProgressListener() {
                            @Override
                            public void runStarted(int files) {
                                heard.add("start " + files);
                            }

                            @Override
                            public void fileStarted(String name) {
                                heard.add("file " + name);
                            }

                            @Override
                            public void pushDone(long pushes) {
                                heard.add("push " + pushes);
                            }

                            @Override
                            public void fileDone(String name, long pushes) {
                                heard.add("done " + name + " " + pushes);
                            }
                        });
        assertThat(heard)
                .containsExactly(
                        "start 2",
                        "file a.json",
                        "push 1",
                        "push 2",
                        "done a.json 2",
                        "file b.ndjson",
                        "push 3",
                        "done b.ndjson 3");
    }
}
