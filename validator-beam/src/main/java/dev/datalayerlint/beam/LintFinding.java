package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.FindingJson;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.Serializable;

/**
 * A finding as it leaves a worker: the core's {@link Finding} flattened into plain values (so any runner can move
 * it), plus the recording it came from, which the JSON report has no field for and a warehouse table wants.
 *
 * @param recording the capture's {@code recording} id, or the file name for lines that are not envelope lines
 * @param push 0-based push index in the recording, -1 for a problem of the input itself
 * @param event the push's event name, or null
 * @param schema the schema location of a contract finding, or null
 */
public record LintFinding(
        String recording,
        String file,
        int line,
        int column,
        int push,
        String event,
        String pointer,
        String rule,
        String severity,
        String message,
        String schema,
        boolean suppressed)
        implements Serializable {

    static LintFinding of(String recording, Finding finding) {
        return new LintFinding(
                recording,
                finding.location().file(),
                finding.location().line(),
                finding.location().column(),
                finding.pushIndex().orElse(-1),
                finding.event().orElse(null),
                finding.pointer(),
                finding.ruleId(),
                finding.severity().label(),
                finding.message(),
                finding.schema().orElse(null),
                finding.suppressed());
    }

    /** The core's finding again, for the core's reporters. */
    public Finding toFinding() {
        return Finding.builder(rule, Severity.parse(severity), message, new SourceLocation(file, line, column))
                .pointer(pointer)
                .push(push)
                .event(event)
                .schema(schema)
                .suppressed(suppressed)
                .build();
    }

    /** One line of JSON in the shape of the JSON report's {@code findings} elements (the core writes it). */
    public String toJson() {
        return FindingJson.line(toFinding());
    }
}
