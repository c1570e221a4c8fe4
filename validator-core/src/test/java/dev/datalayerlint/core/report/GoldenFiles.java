package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered reports with the files under {@code src/test/resources/golden/}. To accept a deliberate change
 * of a format, regenerate them and review the diff:
 *
 * <pre>{@code ./mvnw -B -o test -Dspotless.check.skip -pl validator-core -Dtest='GoldenReportTest' -Dgolden.update=true}</pre>
 *
 * With {@code golden.update=true} the test writes what it rendered instead of comparing (and passes). Line endings
 * are compared as {@code \n}, so a Windows checkout does not fail.
 */
final class GoldenFiles {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFiles() {}

    static Path directory() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(base, "src", "test", "resources", "golden");
    }

    static void assertMatches(String name, String actual) throws IOException {
        String normalized = actual.replace("\r\n", "\n");
        if (name.endsWith(".html")) {
            // The report's own style and script are files of their own (report.css, report.js): a golden file holds
            // what the report renders from the input, not a copy of them.
            normalized = normalized
                    .replaceAll("(?s)<style>.*?</style>", "<style>/* report.css */</style>")
                    .replaceAll("(?s)<script>.*?</script>", "<script>/* report.js */</script>")
                    .replaceAll("'sha256-[A-Za-z0-9+/=]+'", "'sha256-…'");
        }
        Path file = directory().resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalized, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file)
                .as("golden file %s is missing; run the test with -Dgolden.update=true to create it", file)
                .exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(normalized)
                .as("%s differs from its golden file; if the change is intended, rerun with -Dgolden.update=true", name)
                .isEqualTo(expected);
    }
}
