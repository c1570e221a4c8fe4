package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReporterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String render(Report report, Severity failOn) throws Exception {
        return GoldenReportTest.render(ReportFormat.JUNIT, report, new ReportContext(failOn, false));
    }

    private static Report oneFinding(String message, Severity severity) {
        Finding finding = SampleReport.finding(
                "schema.length",
                severity,
                message,
                "/ecommerce/items/0/item_name",
                SampleReport.at("a.json", 3, 7),
                0,
                "refund",
                null,
                false);
        return new Report(
                SampleReport.TOOL,
                List.of(finding),
                new Summary(1, 1, 1, 0, 0, 0),
                List.of(new FileSummary("a.json", 1)));
    }

    @Test
    void markupAndForbiddenControlsInAMessageSurviveAParser() throws Exception {
        String message =
                "item_name \"Fish & Chips <XL> ]]> 'x'\" \u0000\u0007\u001b[31mred\u001b[0m \uD83D\uDC1F \uFFFF\uD800!";
        String expected = "item_name \"Fish & Chips <XL> ]]> 'x'\" \\u0000\\u0007\\u001b[31mred\\u001b[0m \uD83D\uDC1F"
                + " \\uffff\\ud800!";
        String xml = render(oneFinding(message, Severity.ERROR), Severity.ERROR);
        ReportSchemas.validateJunit(xml);

        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(expected);
        assertThat(failure.getAttribute("type")).isEqualTo("schema.length");
        assertThat(failure.getTextContent()).startsWith(expected + "\nat a.json:3:7\n");
        assertThat(failure.getTextContent()).contains("pointer: /ecommerce/items/0/item_name\n");
    }

    @Test
    void lineBreaksStayInTheTextAndBecomeSpacesInTheAttribute() throws Exception {
        String xml = render(oneFinding("first line\nsecond\tline", Severity.ERROR), Severity.ERROR);
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("first line second line");
        assertThat(failure.getTextContent()).startsWith("first line\nsecond\tline\n");
    }

    @Test
    void findingsBelowTheFailLevelGoToSystemOut() throws Exception {
        String xml = render(oneFinding("value has 3 decimals", Severity.WARNING), Severity.ERROR);
        Document document = parse(xml);
        assertThat(document.getElementsByTagName("failure").getLength()).isZero();
        assertThat(document.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("warning: value has 3 decimals\nat a.json:3:7\n");
        assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("0");

        Document never = parse(render(oneFinding("x", Severity.ERROR), null));
        assertThat(never.getElementsByTagName("failure").getLength()).isZero();
        assertThat(never.getElementsByTagName("system-out").getLength()).isOne();
    }

    @Test
    void everyPushIsATestCaseAndFileProblemsHaveTheirOwn() throws Exception {
        Document document = parse(render(SampleReport.report(), Severity.ERROR));
        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("11");
        assertThat(root.getAttribute("failures")).isEqualTo("5");

        NodeList suites = document.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        Element capture = suite(document, SampleReport.CAPTURE);
        NodeList cases = capture.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo(JunitReporter.FILE_CASE);
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("push 0 (gtm.js)");
        assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("push 1 (refund)");
        assertThat(((Element) cases.item(2)).getAttribute("classname")).isEqualTo(SampleReport.CAPTURE);
        assertThat(((Element) cases.item(3)).getAttribute("name")).isEqualTo("push 2");

        Element empty = suite(document, SampleReport.EMPTY);
        assertThat(empty.getAttribute("tests")).isEqualTo("1");
        assertThat(empty.getAttribute("failures")).isEqualTo("1");
    }

    private static Element suite(Document document, String name) {
        NodeList suites = document.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            if (((Element) suites.item(i)).getAttribute("name").equals(name)) {
                return (Element) suites.item(i);
            }
        }
        throw new AssertionError("no testsuite " + name);
    }

    @Test
    void filesWithoutSummariesStillGetSuitesFromTheirFindings() throws Exception {
        Report report = SampleReport.report();
        Report bare = new Report(report.tool(), report.findings(), report.summary());
        String xml = render(bare, Severity.ERROR);
        ReportSchemas.validateJunit(xml);
        assertThat(parse(xml).getElementsByTagName("testsuite").getLength()).isEqualTo(4);
    }
}
