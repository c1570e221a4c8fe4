package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launchers (both source {@code .mvn/aot-cache.sh}) decide that a run is small enough for C1 alone: JSON
 * inputs up to 32 MB on disk together, 8 MB once a script may be read, since GraalJS's interpreter needs C2 sooner
 * (docs/performance.md, "C1 alone: where it pays"). Real files of real sizes: the decision reads {@code du}.
 */
class LauncherInputSizeTest {

    private static final int MB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void jsonUpTo32MegabytesIsSmall() throws IOException {
        assertThat(decide(file("a.ndjson", 20 * MB))).isEqualTo("small=yes scripts=no");
        assertThat(decide(file("b.ndjson", 31 * MB))).isEqualTo("small=yes scripts=no");
        assertThat(decide(file("c.ndjson", 33 * MB))).isEqualTo("small=no scripts=no");
        assertThat(decide(
                        dir.resolve("a.ndjson").toString(),
                        dir.resolve("b.ndjson").toString()))
                .isEqualTo("small=no scripts=no"); // together past the limit
    }

    @Test
    void withAScriptTheLimitIs8Megabytes() throws IOException {
        assertThat(decide(file("small.js", 7 * MB))).isEqualTo("small=yes scripts=yes");
        assertThat(decide(file("large.js", 9 * MB))).isEqualTo("small=no scripts=yes");
        assertThat(decide(file("capture.json", 6 * MB), file("page.js", 3 * MB)))
                .isEqualTo("small=no scripts=yes");
    }

    @Test
    void standardInputIsNeverSmall() throws IOException {
        assertThat(decide(file("a.json", 1024), "-")).isEqualTo("small=no scripts=no");
    }

    private String file(String name, int bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new byte[bytes]); // written, not sparse: du counts the blocks on disk
        return file.toString();
    }

    private String decide(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                ". \"$0\" && dll_inspect_args \"$@\" && echo \"small=$dll_small scripts=$dll_scripts\"",
                ProcessRun.root().resolve(".mvn/aot-cache.sh").toString(),
                "validate"));
        command.addAll(List.of(arguments));
        ProcessRun run = ProcessRun.of(dir, Map.of(), command);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }
}
