package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitLab's Code Quality report ({@code artifacts:reports:codequality}), which GitLab shows in the merge request
 * widget and on the diff: a JSON array with one object per finding, holding the fields GitLab requires:
 * {@code description} (the message, with the field it is about), {@code check_name} (the rule id),
 * {@code fingerprint}, {@code severity} and {@code location} ({@code path}, {@code lines.begin}).
 *
 * <ul>
 *   <li>{@code severity}: an error is {@code major}, a warning {@code minor}, an info {@code info} (GitLab's scale is
 *       info, minor, major, critical, blocker; a failed contract is a defect to fix, not an outage);
 *   <li>{@code fingerprint}: GitLab compares the fingerprints of the source and target branches to say which findings
 *       a merge request adds and which it fixes, so it must not change when unrelated lines move: a SHA-256 of file,
 *       rule, pointer and message (not the line), plus an occurrence number when the same finding appears several
 *       times in one file, so fingerprints are unique within the report;
 *   <li>{@code lines.begin} is 1 for a problem of the whole file (GitLab requires a line).
 * </ul>
 *
 * Suppressed findings are left out. Jackson escapes control characters; lone surrogates become visible text.
 */
public final class GitlabReporter implements Reporter {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartArray();
            for (Finding finding : report.active()) {
                String file =
                        PrintableText.escapeLoneSurrogates(finding.location().file());
                String identity = String.join("\u0000", file, finding.ruleId(), finding.pointer(), finding.message());
                int occurrence = seen.merge(identity, 1, Integer::sum);
                json.writeStartObject();
                json.writeStringProperty("description", PrintableText.escapeLoneSurrogates(description(finding)));
                json.writeStringProperty("check_name", finding.ruleId());
                json.writeStringProperty("fingerprint", fingerprint(identity + "\u0000" + occurrence));
                json.writeStringProperty("severity", severity(finding.severity()));
                json.writeObjectPropertyStart("location");
                json.writeStringProperty("path", file);
                json.writeObjectPropertyStart("lines");
                json.writeNumberProperty("begin", Math.max(1, finding.location().line()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String description(Finding finding) {
        return finding.pointer().isEmpty() ? finding.message() : finding.message() + " (" + finding.pointer() + ")";
    }

    /** SHA-256 in hex: stable across runs, machines and releases for the same finding. */
    static String fingerprint(String identity) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
