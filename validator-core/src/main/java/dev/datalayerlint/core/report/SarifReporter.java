package dev.datalayerlint.core.report;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 for code scanning (GitHub's {@code upload-sarif}, GitLab, Azure DevOps, IDE SARIF viewers): one run,
 * the tool's rule table and one result per finding.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every rule of the catalog (sorted by id), each with its summary, the URL of its
 *       page under {@code docs/rules/} and its default level; a finding under an id the catalog does not know gets
 *       an entry of its own at the end, so every result has a {@code ruleIndex};
 *   <li>results: {@code level} from the finding's severity ({@code error}, {@code warning}, {@code note}), the
 *       file as a relative URI with forward slashes (characters a URI cannot hold are percent-encoded), a region
 *       only when the line is known, and the JSON pointer as a logical location ({@code kind} "member");
 *   <li>a suppressed finding is kept, with {@code suppressions: [{"kind": "inSource"}]}, as SARIF consumers hide
 *       those themselves.
 * </ul>
 *
 * <p>The fail level does not change a result's level: SARIF levels say how serious a finding is, not whether this
 * run fails.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/datalayer-lint/datalayer-lint";
    public static final String DOCS_BASE = INFORMATION_URI + "/blob/main/";

    /** Never closes the caller's writer (standard output, or a file the caller closes). */
    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final RuleCatalog catalog;

    public SarifReporter() {
        this(RuleCatalog.builtIn());
    }

    public SarifReporter(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        catalog.descriptors().forEach(d -> rules.put(d.id(), d));
        for (Finding finding : report.findings()) {
            rules.computeIfAbsent(finding.ruleId(), id -> new RuleDescriptor(id, "Rule " + id, finding.severity()));
        }
        List<String> index = new ArrayList<>(rules.keySet());

        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA);
            json.writeStringProperty("version", "2.1.0");
            json.writeArrayPropertyStart("runs");
            json.writeStartObject();

            json.writeObjectPropertyStart("tool");
            json.writeObjectPropertyStart("driver");
            json.writeStringProperty("name", report.tool().name());
            json.writeStringProperty("version", report.tool().version());
            json.writeStringProperty("informationUri", INFORMATION_URI);
            json.writeArrayPropertyStart("rules");
            for (RuleDescriptor rule : rules.values()) {
                writeRule(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayPropertyStart("results");
            for (Finding finding : report.findings()) {
                writeResult(json, finding, index.indexOf(finding.ruleId()));
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule) {
        json.writeStartObject();
        json.writeStringProperty("id", rule.id());
        json.writeObjectPropertyStart("shortDescription");
        json.writeStringProperty("text", rule.summary());
        json.writeEndObject();
        json.writeStringProperty("helpUri", DOCS_BASE + rule.docsPath());
        json.writeObjectPropertyStart("defaultConfiguration");
        json.writeStringProperty("level", level(rule.defaultSeverity()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        json.writeNumberProperty("ruleIndex", ruleIndex);
        json.writeStringProperty("level", level(finding.severity()));
        json.writeObjectPropertyStart("message");
        json.writeStringProperty("text", PrintableText.escapeLoneSurrogates(finding.message()));
        json.writeEndObject();

        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        json.writeObjectPropertyStart("physicalLocation");
        json.writeObjectPropertyStart("artifactLocation");
        json.writeStringProperty("uri", uri(finding.location().file()));
        json.writeEndObject();
        if (finding.location().line() > 0) {
            json.writeObjectPropertyStart("region");
            json.writeNumberProperty("startLine", finding.location().line());
            if (finding.location().column() > 0) {
                json.writeNumberProperty("startColumn", finding.location().column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (!finding.pointer().isEmpty()) {
            json.writeArrayPropertyStart("logicalLocations");
            json.writeStartObject();
            json.writeStringProperty("fullyQualifiedName", PrintableText.escapeLoneSurrogates(finding.pointer()));
            json.writeStringProperty("kind", "member");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();

        if (finding.suppressed()) {
            json.writeArrayPropertyStart("suppressions");
            json.writeStartObject();
            json.writeStringProperty("kind", "inSource");
            json.writeEndObject();
            json.writeEndArray();
        }

        json.writeObjectPropertyStart("properties");
        json.writeNumberProperty("push", finding.pushIndex().orElse(-1));
        if (finding.event().isPresent()) {
            json.writeStringProperty(
                    "event", PrintableText.escapeLoneSurrogates(finding.event().get()));
        }
        json.writeStringProperty("pointer", PrintableText.escapeLoneSurrogates(finding.pointer()));
        if (finding.schema().isPresent()) {
            json.writeStringProperty(
                    "schema",
                    PrintableText.escapeLoneSurrogates(finding.schema().get()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The file name as a relative URI reference: backslashes become slashes, and every character that may not stand
     * in a URI path (space, {@code <}, {@code %}, non-ASCII...) is percent-encoded as UTF-8. A Windows absolute path
     * becomes a {@code file:} URI; any other name with a colon in its first segment gets {@code ./} so it is not read
     * as a scheme.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        if (path.matches("[A-Za-z]:/.*")) {
            return "file:///" + path.substring(0, 2) + uri(path.substring(2));
        }
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        int colon = out.indexOf(":");
        int slash = out.indexOf("/");
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            out.insert(0, "./");
        }
        return out.toString();
    }
}
