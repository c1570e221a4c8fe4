package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
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
 * Checkstyle's XML result format, which Jenkins' Warnings NG plugin ({@code checkStyle} tool), reviewdog
 * ({@code -f=checkstyle}), SonarQube's external issues and many editors already read, so a team gets findings on a
 * pull request without a datalayer-lint integration:
 *
 * <pre>{@code
 * <checkstyle version="4.3">
 *   <file name="recordings/checkout.json">
 *     <error line="2" column="3" severity="error" message="currency is required" source="(rule id)"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>Every recording read is a {@code <file>}, also a clean one (as Checkstyle lists every file it checked, so a
 * viewer can tell "checked, clean" from "not checked"). {@code severity} is {@code error}, {@code warning} or
 * {@code info}; {@code source} is the rule id; {@code line} and {@code column} are left out when unknown (a problem of
 * the whole file). Suppressed findings are not listed. Escaped as the JUnit report is ({@link JunitReporter#clean}).
 */
public final class CheckstyleReporter implements Reporter {

    /** The Checkstyle format version the readers expect; the element names have not changed since. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        Map<String, List<Finding>> files = new TreeMap<>();
        for (FileSummary file : report.files()) {
            files.computeIfAbsent(file.file(), f -> new ArrayList<>());
        }
        for (Finding finding : report.active()) {
            files.computeIfAbsent(finding.location().file(), f -> new ArrayList<>())
                    .add(finding);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", FORMAT_VERSION);
            for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
                xml.writeCharacters("\n  ");
                if (file.getValue().isEmpty()) {
                    xml.writeEmptyElement("file");
                    xml.writeAttribute("name", JunitReporter.clean(file.getKey(), true));
                    continue;
                }
                xml.writeStartElement("file");
                xml.writeAttribute("name", JunitReporter.clean(file.getKey(), true));
                for (Finding finding : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    if (finding.location().line() > 0) {
                        xml.writeAttribute(
                                "line", Integer.toString(finding.location().line()));
                        if (finding.location().column() > 0) {
                            xml.writeAttribute(
                                    "column",
                                    Integer.toString(finding.location().column()));
                        }
                    }
                    xml.writeAttribute("severity", finding.severity().label());
                    xml.writeAttribute("message", JunitReporter.clean(message(finding), true));
                    xml.writeAttribute("source", JunitReporter.clean(finding.ruleId(), true));
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            JunitReporter.endDocument(xml);
        } catch (XMLStreamException e) {
            throw new IOException("could not write the Checkstyle report: " + e.getMessage(), e);
        }
    }

    /** The message with the field it is about, which Checkstyle's format has no attribute for. */
    private static String message(Finding finding) {
        return finding.pointer().isEmpty() ? finding.message() : finding.message() + " (" + finding.pointer() + ")";
    }
}
