package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run policy the CLI and the Maven plugin share: one place that parses, merges and writes. */
class LintRunTest {

    /** Two ecommerce pushes without a clear between them: one warning, no error. */
    private static final String WARNING_ONLY = """
            [{"event":"view_item","ecommerce":{"currency":"USD","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}},
            {"event":"add_to_cart","ecommerce":{"currency":"USD","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}}]
            """;

    @TempDir
    Path dir;

    private RunOptions.Builder options() {
        return RunOptions.builder(dir).input(Input.json("w.json", WARNING_ONLY));
    }

    private static RunOutcome run(RunOptions.Builder options) {
        return LintRun.execute(options.build(), new StringWriter(), false);
    }

    @Test
    void theFailLevelNamesASeverityOrNever() {
        assertThat(run(options().failOn("error")).failed()).isFalse();
        assertThat(run(options().failOn(" Warning ")).failed()).isTrue();
        assertThat(run(options().failOn("INFO")).failOn()).isEqualTo(Severity.INFO);
        assertThat(run(options().failOn("never")).failOn()).isNull();
        assertThat(run(options()).failOn()).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> run(options().failOn("sometimes").optionNames(Map.of("failOn", "--fail-on"))))
                .isInstanceOf(UsageException.class)
                .hasMessage("--fail-on takes error, warning, info or never, not 'sometimes'");
    }

    @Test
    void everyFormatIsAcceptedInAnyCaseAndCommaSeparated() {
        List<String> names =
                Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
        RunOutcome all = run(options().formats(List.of(String.join(",", names))).outputDirectory(Path.of("out")));
        assertThat(all.written())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(Arrays.stream(ReportFormat.values())
                        .map(ReportFormat::fileName)
                        .toArray(String[]::new));
        assertThat(all.written()).allSatisfy(p -> assertThat(p).isRegularFile().startsWith(dir.resolve("out")));

        RunOutcome json =
                run(options().formats(List.of("JSON", "json", " json ")).output(Path.of("r.json")));
        assertThat(json.written()).containsExactly(dir.resolve("r.json"));

        assertThatThrownBy(() -> run(options().formats(List.of("json,pdf"))))
                .isInstanceOf(UsageException.class)
                .hasMessage("formats: 'pdf' is not a report format; use " + String.join(", ", names));
        assertThatThrownBy(() -> run(options().formats(List.of(" , "))))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("formats names no report format");
    }

    @Test
    void oneReportGoesToStandardOutputInTheDefaultFormat() {
        StringWriter out = new StringWriter();
        RunOutcome outcome = LintRun.execute(options().defaultFormat("json").build(), out, false);
        assertThat(outcome.written()).isEmpty();
        assertThat(out.toString()).startsWith("{").contains("\"rule\" : \"ecommerce.missing-clear\"");
    }

    @Test
    void outputChoicesThatContradictEachOtherAreUsageErrors() {
        assertThatThrownBy(() -> run(options().output(Path.of("a")).outputDirectory(Path.of("b"))))
                .isInstanceOf(UsageException.class)
                .hasMessage("output and outputDirectory cannot be combined");
        assertThatThrownBy(() -> run(options().formats(List.of("json", "sarif"))))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("several report formats need outputDirectory");
    }

    @Test
    void theFrontEndsSettingsWinOverTheConfigurationFile() throws IOException {
        Files.writeString(dir.resolve("lint.json"), """
                {"failOn": "warning", "jsStatementLimit": 1000, "jsTimeout": "2m"}
                """);
        Path loop = Files.writeString(dir.resolve("loop.js"), "dataLayer.push({event: 'x'});\nwhile (true) {}\n");
        RunOptions.Builder fromFile =
                RunOptions.builder(dir).configFile(Path.of("lint.json")).input(Input.path(loop));
        RunOutcome configured = run(fromFile);
        assertThat(configured.failOn()).isEqualTo(Severity.WARNING);
        assertThat(configured.report().findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("statement limit of 1000 statements"));

        RunOutcome overridden = run(fromFile.failOn("never").jsStatementLimit("500"));
        assertThat(overridden.failOn()).isNull();
        assertThat(overridden.report().findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("statement limit of 500 statements"));
    }

    @Test
    void badLimitsAndMissingFilesAreOneLineUsageErrors() {
        assertThatThrownBy(() -> run(options().jsTimeout("soon")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("jsTimeout: 'soon' is not a duration");
        assertThatThrownBy(() -> run(options().jsStatementLimit("0")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("jsStatementLimit: '0' is not a statement limit");
        assertThatThrownBy(() -> run(options().configFile(Path.of("nowhere.json"))))
                .isInstanceOf(UsageException.class)
                .hasMessage("configuration file not found: nowhere.json");
        assertThatThrownBy(() -> run(options().contract("ga4/nothing")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unknown contract 'ga4/nothing'");
    }
}
