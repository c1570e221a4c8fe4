package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Jenkins, reviewdog and GitLab read from the checkstyle and gitlab reports, beyond the golden files. */
class CiReportersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void checkstyleListsEveryFileReadAndEveryActiveFindingWithItsRuleAsSource() throws Exception {
        String xml = GoldenReportTest.render(ReportFormat.CHECKSTYLE, SampleReport.report(), ReportContext.DEFAULT);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList files = document.getElementsByTagName("file");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            names.add(((Element) files.item(i)).getAttribute("name"));
        }
        assertThat(names)
                .containsExactly(
                        SampleReport.PLAYWRIGHT, SampleReport.CAPTURE, SampleReport.CHECKOUT, SampleReport.EMPTY);
        NodeList errors = document.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(SampleReport.report().active().size());
        Element first = (Element) errors.item(0);
        assertThat(first.hasAttribute("line"))
                .as("a finding without a line has no line attribute")
                .isFalse();
        assertThat(first.getAttribute("source")).isEqualTo("value.non-finite");
        assertThat(first.getAttribute("severity")).isEqualTo("warning");
    }

    @Test
    void gitlabGivesEveryFindingTheRequiredFieldsAndAUniqueFingerprint() throws Exception {
        JsonNode issues = JSON.readTree(
                GoldenReportTest.render(ReportFormat.GITLAB, SampleReport.report(), ReportContext.DEFAULT));
        assertThat(issues.size()).isEqualTo(SampleReport.report().active().size());
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asString()).isNotBlank();
            assertThat(issue.get("check_name").asString()).isNotBlank();
            assertThat(issue.get("severity").asString()).isIn("info", "minor", "major");
            assertThat(issue.at("/location/path").asString()).isNotBlank();
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            fingerprints.add(issue.get("fingerprint").asString());
        }
        assertThat(fingerprints).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{64}"));
    }

    @Test
    void gitlabFingerprintsSurviveMovedLinesAndTellRepeatsApart() throws Exception {
        Finding here = SampleReport.finding(
                "money.decimals",
                Severity.ERROR,
                "3 decimals",
                "/value",
                SampleReport.at("a.json", 3, 1),
                0,
                null,
                null,
                false);
        Finding moved = here.toBuilder().build();
        Finding movedDown = Finding.builder(
                        "money.decimals", Severity.ERROR, "3 decimals", SampleReport.at("a.json", 9, 1))
                .pointer("/value")
                .push(4)
                .build();
        JsonNode before = gitlab(List.of(here));
        JsonNode after = gitlab(List.of(moved, movedDown));
        assertThat(after.get(0).get("fingerprint")).isEqualTo(before.get(0).get("fingerprint"));
        assertThat(after.get(1).get("fingerprint")).isNotEqualTo(after.get(0).get("fingerprint"));
        assertThat(after.get(1).at("/location/lines/begin").asInt()).isEqualTo(9);
    }

    @Test
    void gitlabSeverityScale() {
        assertThat(GitlabReporter.severity(Severity.ERROR)).isEqualTo("major");
        assertThat(GitlabReporter.severity(Severity.WARNING)).isEqualTo("minor");
        assertThat(GitlabReporter.severity(Severity.INFO)).isEqualTo("info");
    }

    private static JsonNode gitlab(List<Finding> findings) throws Exception {
        Report report = new Report(SampleReport.TOOL, findings, Summary.of(1, 5, findings));
        return JSON.readTree(GoldenReportTest.render(ReportFormat.GITLAB, report, ReportContext.DEFAULT));
    }
}
