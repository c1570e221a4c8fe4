package dev.datalayerlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run on throwaway projects with the real core; the Maven container is left to the invoker ITs. */
class ValidateMojoTest {

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();
    private ValidateMojo mojo;

    @BeforeEach
    void mojo() {
        mojo = new ValidateMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.failOn = "error";
        mojo.formats = List.of("json");
        mojo.outputDirectory = project.resolve("target/datalayer-lint").toFile();
    }

    @Test
    void findingsAtTheFailLevelFailTheBuildAfterLoggingAndWritingTheReport() throws IOException {
        recording("broken-currency-lowercase.json", "src/test/datalayer/refund.json");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 finding at or above error")
                .hasMessageContaining("target/datalayer-lint/report.json");

        assertThat(log.errors)
                .containsExactly("src/test/datalayer/refund.json:3:61 error currency \"usd\" must be a 3-letter"
                        + " upper-case ISO 4217 code /ecommerce/currency [schema.pattern]");
        assertThat(log.infos)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("datalayer-lint: 1 file, 2 pushes: 1 error, 0 warnings, 0 infos"
                                + " (fail level: error)")
                        .endsWith("report: target/datalayer-lint/report.json"));
        assertThat(project.resolve("target/datalayer-lint/report.json"))
                .content()
                .contains("\"rule\" : \"schema.pattern\"", "\"file\" : \"src/test/datalayer/refund.json\"");
    }

    @Test
    void moreWarningsThanMaxWarningsFailTheBuildAndQuietLogsErrorsOnly() throws Exception {
        Path file = project.resolve("src/test/datalayer/page.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                [{"event":"view_item","ecommerce":{"currency":"USD","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}},
                {"event":"add_to_cart","ecommerce":{"currency":"USD","value":10,"items":[{"item_id":"a","price":10,"quantity":1}]}}]
                """);
        mojo.execute();
        assertThat(log.warnings).isNotEmpty();

        mojo.maxWarnings = "0";
        mojo.quiet = true;
        log.warnings.clear();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("datalayer-lint: 1 warning, more than maxWarnings 0 allows; see ");
        assertThat(log.warnings).as("quiet: warnings are not logged").isEmpty();
    }

    @Test
    void failOnNeverOnlyReports() throws Exception {
        recording("broken-currency-lowercase.json", "src/test/datalayer/refund.json");
        mojo.failOn = "never";

        mojo.execute();

        assertThat(log.errors).hasSize(1);
        assertThat(log.infos).anyMatch(line -> line.contains("(fail level: never)"));
        assertThat(project.resolve("target/datalayer-lint/report.json"))
                .content()
                .contains("schema.pattern");
    }

    @Test
    void aCleanProjectPassesAndWritesEveryRequestedFormat() throws Exception {
        recording("valid-single-push.json", "src/test/datalayer/refund.json");
        mojo.formats = List.of("json, text");

        mojo.execute();

        assertThat(log.errors).isEmpty();
        assertThat(log.warnings).isEmpty();
        assertThat(project.resolve("target/datalayer-lint/report.json")).exists();
        assertThat(project.resolve("target/datalayer-lint/report.txt")).exists();
        assertThat(log.infos)
                .anyMatch(line ->
                        line.endsWith("reports: target/datalayer-lint/report.json, target/datalayer-lint/report.txt"));
    }

    @Test
    void noRecordingsDirectoryValidatesNothingAndPasses() throws Exception {
        mojo.execute();

        assertThat(log.warnings).isEmpty();
        assertThat(log.infos)
                .contains("datalayer-lint: no recordings in src/test/datalayer (no such directory): nothing validated");
        assertThat(project.resolve("target/datalayer-lint/report.json"))
                .content()
                .contains("\"files\" : 0");
    }

    @Test
    void patternsMatchingNothingAreWorthAWarning() throws Exception {
        recording("valid-single-push.json", "src/test/datalayer/refund.json");
        mojo.recordings = new RecordingSet(null, List.of("**/*.ndjson"), List.of());

        mojo.execute();

        assertThat(log.warnings)
                .containsExactly(
                        "datalayer-lint: no recordings in src/test/datalayer match **/*.ndjson: nothing validated");
    }

    @Test
    void skipDoesNothing() throws Exception {
        recording("broken-currency-lowercase.json", "src/test/datalayer/refund.json");
        mojo.skip = true;

        mojo.execute();

        assertThat(log.infos).containsExactly("datalayer-lint: skipped (datalayer.skip)");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aProjectContractOverridesTheShippedOne() throws Exception {
        recording("valid-single-push.json", "src/test/datalayer/refund.json");
        Path schema = project.resolve("src/test/contracts/ga4/refund.json");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, """
                {"x-datalayer": {"events": ["refund"], "target": "/ecommerce"},
                 "type": "object", "required": ["coupon"]}
                """);
        mojo.contractsDirectory = new File("src/test/contracts");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors).singleElement().asString().contains("/ecommerce/coupon", "[schema.required]");
    }

    @Test
    void toolProblemsAreExecutionErrors() throws IOException {
        recording("valid-single-push.json", "src/test/datalayer/refund.json");

        mojo.contractsDirectory = new File("no/such/contracts");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("contracts folder not found");

        mojo.contractsDirectory = null;
        mojo.contract = "no/such-contract";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown contract 'no/such-contract'");

        mojo.contract = null;
        Files.writeString(project.resolve("target"), "a file where the report folder should go");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("cannot write the json report");

        mojo.failOn = "sometimes";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("datalayer-lint: failOn takes error, warning, info or never, not 'sometimes'");
    }

    @Test
    void theConfigFileTunesRulesAndTheFailLevel() throws Exception {
        recording("broken-currency-lowercase.json", "src/test/datalayer/refund.json");
        Files.writeString(
                project.resolve("datalayer-lint.json"),
                "{\"rules\": {\"schema.pattern\": \"warning\"}, \"failOn\": \"error\"}");
        mojo.configFile = new File("datalayer-lint.json");
        mojo.failOn = null;

        mojo.execute();

        assertThat(log.errors).isEmpty();
        assertThat(log.warnings)
                .anySatisfy(
                        line -> assertThat(line).endsWith("[schema.pattern]").contains(" warning "));
    }

    @Test
    void theFailOnParameterWinsOverTheConfigFile() throws IOException {
        recording("broken-currency-lowercase.json", "src/test/datalayer/refund.json");
        Files.writeString(project.resolve("datalayer-lint.json"), "{\"failOn\": \"never\"}");
        mojo.configFile = new File("datalayer-lint.json");
        mojo.failOn = "error";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    }

    @Test
    void aBrokenConfigFileIsAToolError() throws IOException {
        Files.writeString(project.resolve("datalayer-lint.json"), "{\"rulez\": {}}");
        mojo.configFile = new File("datalayer-lint.json");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("datalayer-lint.json")
                .hasMessageContaining("rulez");
    }

    @Test
    void theJdkCheckReadsEveryFormOfJavaSpecificationVersion() {
        assertThat(LintMojo.feature("1.8")).isEqualTo(8);
        assertThat(LintMojo.feature("17")).isEqualTo(17);
        assertThat(LintMojo.feature("21")).isEqualTo(21);
        assertThat(LintMojo.feature("25.0.1")).isEqualTo(25);
        assertThat(LintMojo.feature("?")).isZero();
    }

    @Test
    void parametersMapOntoTheSharedRunOptions() throws IOException {
        mojo.contract = " ga4/refund ";
        mojo.contractsDirectory = new File("src/test/contracts");
        mojo.jsTimeout = "1500ms";
        mojo.jsStatementLimit = "20000000";
        recording("broken-currency-lowercase.json", "src/test/datalayer/a.json");

        RunOptions options = new ValidateGoal()
                .configure(mojo, project, RunOptions.builder(project))
                .orElseThrow()
                .build();

        assertThat(options.contract()).isEqualTo("ga4/refund");
        assertThat(options.contractDirectories()).containsExactly(Path.of("src/test/contracts"));
        assertThat(options.workingDirectory()).isEqualTo(project);
        assertThat(options.inputs()).hasSize(1);
        assertThat(options.discoverConfig()).isFalse();
        assertThat(options.jsTimeout()).isEqualTo("1500ms");
        assertThat(options.jsStatementLimit()).isEqualTo("20000000");
        assertThat(options.quiet()).isFalse();
        assertThat(options.maxWarnings()).isNull();
    }

    @Test
    void badJavaScriptLimitsAreExecutionErrors() {
        mojo.jsTimeout = "soon";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("datalayer-lint: jsTimeout: 'soon' is not a duration");
        mojo.jsTimeout = null;
        mojo.jsStatementLimit = "0";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("datalayer-lint: jsStatementLimit: '0' is not a statement limit");
    }

    @Test
    void aRecordingPastTheStatementLimitIsAFinding() throws IOException {
        Path loop = project.resolve("src/test/datalayer/loop.js");
        Files.createDirectories(loop.getParent());
        Files.writeString(loop, "dataLayer.push({event: 'x'});\nwhile (true) {}\n");
        mojo.jsStatementLimit = "1000";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors)
                .singleElement()
                .asString()
                .contains("statement limit of 1000 statements", "[input.limit]");
    }

    @Test
    void badFormatsAreExecutionErrors() {
        List<String> names =
                Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
        mojo.formats = List.of("json,pdf");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'pdf' is not a report format; use " + String.join(", ", names));
        mojo.formats = List.of(" , ");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class);
    }

    private void recording(String fixture, String target) throws IOException {
        Path file = project.resolve(target);
        Files.createDirectories(file.getParent());
        Files.copy(Fixtures.root().resolve("refund").resolve(fixture), file);
    }

    /** Keeps what the goal logs, by level. */
    static final class CapturingLog extends SystemStreamLog {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }
    }

    @Test
    void aFindingsLogLineNeverCarriesAControlCharacterFromTheRecording() {
        Finding finding = Finding.builder(
                        "schema.pattern",
                        Severity.ERROR,
                        "currency \"\u001b[2K\r\n::error ::forged\" is wrong",
                        new SourceLocation("evil\n::error file=a.js::x.json", 1, 1))
                .build();
        String line = BuildOutcome.line(finding);
        assertThat(line.chars().filter(c -> c < 0x20)).isEmpty();
        assertThat(line).contains("evil\\n::error").contains("\\u001b[2K\\r\\n::error");
    }
}
