package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test views (Jenkins' {@code junit} step, GitLab's {@code artifacts:reports:junit}, most CI
 * dashboards), valid against the Jenkins JUnit schema ({@code junit-4.xsd} of Jenkins' dtkit).
 *
 * <ul>
 *   <li>one {@code <testsuite>} per recording, named by its file;
 *   <li>one {@code <testcase>} per push, named {@code push N} or {@code push N (event)} with the 0-based push index
 *       the JSON report uses, classname the file; a push without findings is a passing test case;
 *   <li>a file's own problems (push index -1: unparsable JSON, empty file, unreadable) get a test case of their own,
 *       named {@code file};
 *   <li>a finding at or above the fail level is a {@code <failure>} with {@code message} (the finding's message),
 *       {@code type} (the rule id) and a body of the message, {@code file:line:column}, pointer, rule with severity
 *       and schema location, one per line (Jenkins shows the attribute as "Error Message" and the body as "Stacktrace";
 *       some viewers show only a test case's first failure);
 *   <li>findings below the fail level (all of them with {@code --fail-on never}) and suppressed findings do not fail
 *       the test case: they are listed in its {@code <system-out>}, so nothing disappears silently but the test
 *       view stays green. (Not {@code <skipped>}: a push that was checked was not skipped.)
 * </ul>
 *
 * <p>Written with {@link XMLStreamWriter}, which escapes {@code <}, {@code &}, {@code >} and quotes, so {@code ]]>}
 * or markup in a message survives. Characters XML 1.0 cannot carry at all (control characters other than tab, line
 * feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF) are escaped visibly ({@code \}{@code u001b}). In attributes (a failure's {@code
 * message}) line breaks and tabs become spaces, as an XML parser would read them anyway; the element text keeps
 * them (a carriage return reads back as a line feed, by XML's line-end rule).
 */
public final class JunitReporter implements Reporter {

    /** The test case name for problems of the file itself rather than of one push. */
    public static final String FILE_CASE = "file";

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        Map<String, Suite> suites = suites(report);
        int tests = 0;
        int failures = 0;
        for (Suite suite : suites.values()) {
            tests += suite.cases.size();
            failures += suite.failing(context.failOn());
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", report.tool().name());
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            for (Suite suite : suites.values()) {
                writeSuite(xml, suite, report, context);
            }
            endDocument(xml);
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
        }
    }

    /** Closes the root element and the document, each on a line of its own, and flushes (never closes) the output. */
    static void endDocument(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void writeSuite(XMLStreamWriter xml, Suite suite, Report report, ReportContext context)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(suite.file, true));
        xml.writeAttribute("tests", Integer.toString(suite.cases.size()));
        xml.writeAttribute("failures", Integer.toString(suite.failing(context.failOn())));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        indent(xml, 2);
        xml.writeStartElement("properties");
        property(xml, "tool", report.tool().name() + " " + report.tool().version());
        property(
                xml,
                "fail-on",
                context.failOn() == null ? "never" : context.failOn().label());
        indent(xml, 2);
        xml.writeEndElement();
        for (Map.Entry<Integer, List<Finding>> entry : suite.cases.entrySet()) {
            writeCase(xml, suite, entry.getKey(), entry.getValue(), context.failOn());
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        indent(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value, true));
    }

    private static void writeCase(XMLStreamWriter xml, Suite suite, int push, List<Finding> findings, Severity failOn)
            throws XMLStreamException {
        List<Finding> failures = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (Finding finding : findings) {
            (fails(finding, failOn) ? failures : notes).add(finding);
        }
        indent(xml, 2);
        if (failures.isEmpty() && notes.isEmpty()) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", clean(caseName(push, findings, suite), true));
        xml.writeAttribute("classname", clean(suite.file, true));
        if (failures.isEmpty() && notes.isEmpty()) {
            return;
        }
        for (Finding finding : failures) {
            indent(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(finding.message(), true));
            xml.writeAttribute("type", clean(finding.ruleId(), true));
            xml.writeCharacters(clean(details(finding), false));
            xml.writeEndElement();
        }
        if (!notes.isEmpty()) {
            indent(xml, 3);
            xml.writeStartElement("system-out");
            StringBuilder text = new StringBuilder();
            for (Finding finding : notes) {
                text.append(text.isEmpty() ? "" : "\n")
                        .append(finding.suppressed() ? "suppressed " : "")
                        .append(finding.severity().label())
                        .append(": ")
                        .append(details(finding));
            }
            xml.writeCharacters(clean(text.toString(), false));
            xml.writeEndElement();
        }
        indent(xml, 2);
        xml.writeEndElement();
    }

    /** A finding in full: the message, then where, which field, which rule, one per line. */
    private static String details(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.message()).append('\n');
        text.append("at ").append(finding.location()).append('\n');
        if (!finding.pointer().isEmpty()) {
            text.append("pointer: ").append(finding.pointer()).append('\n');
        }
        text.append("rule: ")
                .append(finding.ruleId())
                .append(" (")
                .append(finding.severity().label())
                .append(")\n");
        finding.schema()
                .ifPresent(schema -> text.append("schema: ").append(schema).append('\n'));
        return text.toString();
    }

    private static boolean fails(Finding finding, Severity failOn) {
        return failOn != null && !finding.suppressed() && finding.severity().atLeast(failOn);
    }

    private static String caseName(int push, List<Finding> findings, Suite suite) {
        if (push < 0) {
            return FILE_CASE;
        }
        String event = findings.stream()
                .flatMap(f -> f.event().stream())
                .findFirst()
                .orElse(suite.summary == null ? null : suite.summary.event(push));
        return event == null || event.isEmpty() ? "push " + push : "push " + push + " (" + event + ")";
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Escapes, visibly ({@link PrintableText#escapeKeepingLines}), what XML 1.0 cannot carry (its {@code Char}
     * production: C0 controls but tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF) and what a
     * CI log would misread (C1 controls, bidirectional controls). For an attribute, tab and line breaks become spaces.
     */
    static String clean(String text, boolean attribute) {
        if (text == null) {
            return "";
        }
        String escaped = PrintableText.escapeKeepingLines(text)
                .replace("\uFFFE", "\\ufffe")
                .replace("\uFFFF", "\\uffff");
        return attribute ? escaped.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ') : escaped;
    }

    /** Findings grouped into suites (by file) and test cases (by push); passing pushes from the file summaries. */
    private static Map<String, Suite> suites(Report report) {
        Map<String, Suite> suites = new TreeMap<>();
        for (FileSummary file : report.files()) {
            Suite suite = suites.computeIfAbsent(file.file(), Suite::new);
            if (suite.summary == null || file.pushes() > suite.summary.pushes()) {
                suite.summary = file;
            }
            for (int push = 0; push < file.pushes(); push++) {
                suite.cases.computeIfAbsent(push, p -> new ArrayList<>());
            }
        }
        for (Finding finding : report.findings()) {
            suites.computeIfAbsent(finding.location().file(), Suite::new)
                    .cases
                    .computeIfAbsent(finding.pushIndex().orElse(-1), p -> new ArrayList<>())
                    .add(finding);
        }
        return suites;
    }

    /** One file's test cases by push index; -1 (the file's own problems) sorts first. */
    private static final class Suite {
        final String file;
        final Map<Integer, List<Finding>> cases = new TreeMap<>();
        FileSummary summary;

        Suite(String file) {
            this.file = file;
        }

        int failing(Severity failOn) {
            return (int) cases.values().stream()
                    .filter(findings -> findings.stream().anyMatch(f -> fails(f, failOn)))
                    .count();
        }
    }
}
