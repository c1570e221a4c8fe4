package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ESLint habits of the run policy, shared by the CLI and the Maven plugin: warning limit, quiet, globs, ignore
 * patterns and configuration discovery up to the repository's root.
 */
class RunHabitsTest {

    /** One warning (no clear between two ecommerce pushes) and one error (a lower-case currency). */
    private static final String WARNING_AND_ERROR = """
            [{"event":"view_item","ecommerce":{"currency":"USD","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}},
            {"event":"add_to_cart","ecommerce":{"currency":"usd","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}}]
            """;

    private static final String ERROR =
            "[{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T\"," + "\"currency\":\"usd\",\"value\":1}}]";

    @TempDir
    Path dir;

    private static RunOutcome run(RunOptions.Builder options) {
        return LintRun.execute(options.build(), new StringWriter(), false);
    }

    private static List<String> files(RunOutcome outcome) {
        return outcome.report().findings().stream()
                .map(f -> f.location().file())
                .distinct()
                .toList();
    }

    @Test
    void theWarningLimitFailsARunAndSaysWhyInOneLine() {
        RunOptions.Builder options = RunOptions.builder(dir)
                .input(Input.json("w.json", WARNING_AND_ERROR))
                .failOn("never")
                .optionNames(Map.of("maxWarnings", "--max-warnings"));
        assertThat(run(options).failed()).isFalse();
        RunOutcome limited = run(options.maxWarnings("0"));
        assertThat(limited.failed()).isTrue();
        assertThat(limited.failing()).isZero();
        assertThat(limited.tooManyWarnings()).contains("1 warning, more than --max-warnings 0 allows");
        assertThat(run(options.maxWarnings(" 1 ")).failed()).isFalse();
        assertThatThrownBy(() -> run(options.maxWarnings("many")))
                .isInstanceOf(UsageException.class)
                .hasMessage("--max-warnings takes a whole number of warnings, 0 or more, not 'many'");
    }

    @Test
    void quietKeepsErrorsOnlyButTheWarningLimitStillCountsWarnings() {
        RunOutcome quiet = run(RunOptions.builder(dir)
                .input(Input.json("w.json", WARNING_AND_ERROR))
                .quiet(true)
                .maxWarnings("0"));
        assertThat(quiet.report().findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(quiet.report().summary().warnings()).isZero();
        assertThat(quiet.warnings()).isEqualTo(1);
        assertThat(quiet.tooManyWarnings()).isPresent();
    }

    @Test
    void aGlobIsExpandedByTheRunAndIgnorePatternsApplyToWhatItFinds() throws IOException {
        write("recordings/a/one.json", ERROR);
        write("recordings/b/deep/two.json", ERROR);
        write("recordings/legacy/old.json", ERROR);
        write("recordings/.hidden/three.json", ERROR);
        write("recordings/readme.md", "# not a recording");
        RunOutcome all = run(RunOptions.builder(dir).path("recordings/**/*.json"));
        assertThat(files(all))
                .containsExactly("recordings/a/one.json", "recordings/b/deep/two.json", "recordings/legacy/old.json");
        RunOutcome ignored =
                run(RunOptions.builder(dir).path("./recordings/**/*.json").ignorePatterns(List.of("**/legacy")));
        assertThat(files(ignored)).containsExactly("recordings/a/one.json", "recordings/b/deep/two.json");
        assertThat(files(run(RunOptions.builder(dir).path("recordings/*/one.json"))))
                .containsExactly("recordings/a/one.json");
    }

    @Test
    void aGlobMatchingNothingAMissingPathAndABadIgnorePatternAreUsageErrors() throws IOException {
        write("recordings/a.json", ERROR);
        assertThatThrownBy(() -> run(RunOptions.builder(dir).path("recordings/**/*.ndjson")))
                .isInstanceOf(UsageException.class)
                .hasMessage("no recordings match 'recordings/**/*.ndjson'");
        assertThatThrownBy(() -> run(RunOptions.builder(dir).path("nope.json")))
                .isInstanceOf(UsageException.class)
                .hasMessage("no such file or folder: nope.json");
        assertThatThrownBy(() -> run(RunOptions.builder(dir)
                        .path("recordings")
                        .ignorePatterns(List.of("legacy/[a"))
                        .optionNames(Map.of("ignorePatterns", "--ignore-pattern"))))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--ignore-pattern: 'legacy/[a' is not a valid glob");
    }

    @Test
    void theConfigurationIsFoundAboveTheWorkingDirectoryAndItsIgnoresAreRelativeToIt() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("datalayer-lint.json", "{\"ignore\": [\"site/legacy/**\"], \"failOn\": \"warning\"}");
        write("site/legacy/old.json", ERROR);
        write("site/new/new.json", ERROR);
        Path site = dir.resolve("site");
        RunOutcome outcome = run(RunOptions.builder(site).discoverConfig(true).path("."));
        assertThat(outcome.failOn()).isEqualTo(Severity.WARNING);
        assertThat(files(outcome)).containsExactly("new/new.json");
        String config = LintRun.effectiveConfig(
                RunOptions.builder(site).discoverConfig(true).build(), Path.of("legacy/old.json"));
        assertThat(config).contains("\"ignored\" : true").contains("\"failOn\" : \"warning\"");
    }

    @Test
    void discoveryStopsAtTheRepositoryRoot() throws IOException {
        write("datalayer-lint.json", "{\"failOn\": \"warning\"}");
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/sub/a.json", ERROR);
        RunOutcome outcome = run(
                RunOptions.builder(dir.resolve("repo/sub")).discoverConfig(true).path("a.json"));
        assertThat(outcome.failOn())
                .as("the file above the repository is not used")
                .isEqualTo(Severity.ERROR);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
