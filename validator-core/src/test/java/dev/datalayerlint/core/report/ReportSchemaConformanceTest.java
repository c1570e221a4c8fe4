package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SARIF and JUnit output, of the sample report and of every shared fixture, valid against the published schemas. */
class ReportSchemaConformanceTest {

    private static final ReportContext CONTEXT = new ReportContext(Severity.ERROR, false);

    @Test
    void sampleSarifIsValidSarif() throws Exception {
        String log = GoldenReportTest.render(ReportFormat.SARIF, SampleReport.report(), CONTEXT);
        assertThat(ReportSchemas.sarifErrors(log)).isEmpty();
    }

    @Test
    void schemaCheckCatchesAnInvalidLog() {
        assertThat(ReportSchemas.sarifErrors("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"))
                .as("a run without its tool")
                .isNotEmpty();
        assertThat(ReportSchemas.sarifErrors("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
                        + "\"informationUri\":\"not a uri\"}}}]}"))
                .as("formats are asserted")
                .isNotEmpty();
    }

    @Test
    void sampleJunitIsValidJunit() throws Exception {
        ReportSchemas.validateJunit(GoldenReportTest.render(ReportFormat.JUNIT, SampleReport.report(), CONTEXT));
        ReportSchemas.validateJunit(
                GoldenReportTest.render(ReportFormat.JUNIT, SampleReport.report(), new ReportContext(null, false)));
    }

    @Test
    void junitSchemaCheckCatchesAnInvalidDocument() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ReportSchemas.validateJunit("<testsuites><testsuite name=\"x\"/></testsuites>"))
                .as("testsuite without its required tests attribute")
                .isInstanceOf(org.xml.sax.SAXException.class);
    }

    @Test
    void reportsOfEveryFixtureAreValid() throws Exception {
        Path root = Fixtures.root();
        ValidationRequest.Builder request = ValidationRequest.builder().baseDirectory(root);
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).sorted().forEach(request::path);
        }
        Report report = Validator.create().validate(request.build());
        assertThat(report.files()).hasSizeGreaterThan(20);
        assertThat(report.findings()).isNotEmpty();

        String sarif = GoldenReportTest.render(ReportFormat.SARIF, report, CONTEXT);
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        ReportSchemas.validateJunit(GoldenReportTest.render(ReportFormat.JUNIT, report, CONTEXT));
    }
}
