package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Summary;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned JSON report (format version 1): the machine-readable contract other tools and the Maven plugin's
 * integration tests rely on. Field names never change within a version; new fields may be added. Jackson escapes
 * control characters; a lone surrogate from the input (which UTF-8 cannot encode) is written as the visible text
 * {@code \}{@code ud800}, so the report is always complete, valid JSON.
 */
public final class JsonReporter implements Reporter {

    public static final int VERSION = 2;

    /** Never closes the caller's writer (standard output, or a file the caller closes). */
    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * One finding as the report's {@code findings} array holds it, on one line: what a pipeline writes as NDJSON so
     * its output reads like this report's findings.
     */
    public static String findingLine(Finding finding) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            writeFinding(json, finding);
        }
        return out.toString();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) {
        json.writeStartObject();
        json.writeStringProperty(
                "file", PrintableText.escapeLoneSurrogates(finding.location().file()));
        json.writeNumberProperty("line", finding.location().line());
        json.writeNumberProperty("column", finding.location().column());
        if (finding.pushIndex().isPresent()) {
            json.writeNumberProperty("push", finding.pushIndex().getAsInt());
        } else {
            json.writeNullProperty("push"); // a problem of the file itself
        }
        json.writeStringProperty(
                "event", PrintableText.escapeLoneSurrogates(finding.event().orElse(null)));
        json.writeStringProperty("pointer", PrintableText.escapeLoneSurrogates(finding.pointer()));
        json.writeStringProperty("rule", finding.ruleId());
        json.writeStringProperty("severity", finding.severity().label());
        json.writeStringProperty("message", PrintableText.escapeLoneSurrogates(finding.message()));
        json.writeStringProperty(
                "schema", PrintableText.escapeLoneSurrogates(finding.schema().orElse(null)));
        if (finding.suppressed()) {
            json.writeBooleanProperty("suppressed", true);
        }
        json.writeEndObject();
    }

    @Override
    public void write(Report report, ReportContext context, Writer out) {
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("version", VERSION);
            json.writeObjectPropertyStart("tool");
            json.writeStringProperty("name", report.tool().name());
            json.writeStringProperty("version", report.tool().version());
            json.writeEndObject();
            Summary summary = report.summary();
            json.writeObjectPropertyStart("summary");
            json.writeNumberProperty("files", summary.files());
            json.writeNumberProperty("pushes", summary.pushes());
            json.writeNumberProperty("errors", summary.errors());
            json.writeNumberProperty("warnings", summary.warnings());
            json.writeNumberProperty("infos", summary.infos());
            json.writeNumberProperty("suppressed", summary.suppressed());
            json.writeEndObject();
            json.writeArrayPropertyStart("findings");
            for (Finding finding : report.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        try {
            out.write(System.lineSeparator());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
