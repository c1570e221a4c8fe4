package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.values.JsValues;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a reader delivered, as text that two readers can be compared by: number node kinds and key order included. */
final class PushDescriptions {

    static final String FILE = "recordings/page.js";

    private PushDescriptions() {}

    /** What {@code reader} delivers for {@code text}, read as {@link #FILE}. */
    static String of(JsRecordingReader reader, String text) {
        RecordingSinkStub sink = new RecordingSinkStub();
        reader.read(RecordingSource.ofText(FILE, text), sink);
        return of(sink);
    }

    /** Each push (index, kind, location, typed value) and each problem, a line each. */
    static String of(RecordingSinkStub sink) {
        StringBuilder out = new StringBuilder();
        for (Push push : sink.pushes) {
            out.append(push.index())
                    .append(' ')
                    .append(push.kind())
                    .append(' ')
                    .append(push.location())
                    .append(' ')
                    .append(typed(push.payload()))
                    .append('\n');
        }
        for (InputProblem problem : sink.problems) {
            out.append(problem).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code description} with each date a script made ({@code new Date()}, as {@code toISOString} writes it) as
     * {@code <date>}: two readings of one script record the times they ran.
     */
    static String withoutTimes(String description) {
        return description.replaceAll("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"", "<date>");
    }

    /** The value with each number's node kind and each object's key order. */
    static String typed(JsonNode node) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                out.append(out.length() > 1 ? "," : "").append(member.getKey()).append(':');
                out.append(typed(member.getValue()));
            }
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (JsonNode element : node) {
                out.append(out.length() > 1 ? "," : "").append(typed(element));
            }
            return out.append(']').toString();
        }
        if (node.isNumber()) {
            return node.getClass().getSimpleName() + " " + node;
        }
        if (JsValues.isUndefined(node) || JsValues.isFunction(node)) {
            return node.toString().replace("\"", "");
        }
        return node.toString();
    }
}
