package dev.datalayerlint.core.model;

import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsSemantics;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Pointers;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The core of {@code datalayer-lint replay}: replays a recording through {@link DataLayerModel} and writes, push by
 * push, what was pushed and the data model after it — as JSON for tools or as text for people (like the Data Layer
 * tab of GTM's preview). Output is streamed: each push is written as it arrives and nothing but input problems is
 * kept.
 *
 * <p>It is a {@link PushSink}, so a reader can feed it directly ({@code reader.read(source, renderer)}); its
 * {@link #modelValue} answers a function push's {@code this.get(key)} from the replayed model. Call {@link #close()}
 * once the recording is read: it completes the JSON document. The writer itself is flushed, never closed.
 *
 * <p>JSON form, format version 1 (documented in {@code docs/replay.md}):
 *
 * <pre>{@code
 * {"version":1,"pushes":[
 * {"push":0,"file":"t.json","line":1,"column":1,"kind":"object","payload":{...},"model":{...}},
 * {"push":1,...,"payload":{"a":null},"model":{"a":null},"jsValues":{"/payload/a":"undefined","/model/a":"undefined"}}
 * ],"problems":[]}
 * }</pre>
 *
 * Values JSON cannot hold ({@code undefined}, functions, {@code NaN}, infinities) are written as {@code null} and
 * listed in the entry's {@code jsValues}: RFC 6901 pointers relative to the entry, to what JavaScript holds there.
 *
 * <p>Not thread-safe; one instance per replay, told by {@link #startPage()} and {@link #recording(String)} where
 * a page load begins.
 */
public final class ReplayRenderer implements PushSink, Closeable {

    /** The two renderings. */
    public enum Format {
        JSON,
        TEXT
    }

    /** The version of the JSON form written in its {@code version} member. */
    public static final int JSON_VERSION = 1;

    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Writer out;
    private final Format format;
    private DataLayerModel model = new DataLayerModel();
    private ModelBudget budget = new ModelBudget();
    /** The capture envelope recording being replayed, or null. */
    private String recording;

    private final List<InputProblem> problems = new ArrayList<>();
    private int written;
    private int problemCount;
    private boolean closed;

    public ReplayRenderer(Writer out, Format format) {
        this.out = out;
        this.format = format;
        if (format == Format.JSON) {
            raw("{\"version\":" + JSON_VERSION + ",\"pushes\":[");
        }
    }

    /** Replays {@code pushes} in order and completes the output. */
    public static void render(Iterable<Push> pushes, Writer out, Format format) {
        try (ReplayRenderer renderer = new ReplayRenderer(out, format)) {
            pushes.forEach(renderer::push);
        }
    }

    /** The replayed model, as it stands after the pushes written so far. */
    public DataLayerModel model() {
        return model;
    }

    @Override
    public void push(Push push) {
        if (PushDepth.of(push) > PushDepth.MAX) {
            problem(new InputProblem(InputRules.LIMIT, PushDepth.refusal(), push.location()));
            return;
        }
        model.apply(push);
        budget.pushed(push.payload());
        if (format == Format.JSON) {
            writeJsonEntry(push);
        } else {
            writeTextEntry(push);
        }
        written++;
        flush();
    }

    /**
     * A new page load starts (the next file of a replay): its first push meets an empty model, as GTM starts every
     * page with one. Where a push was made says nothing about it: one page's pushes come from several scripts.
     */
    public void startPage() {
        model = new DataLayerModel();
        budget = new ModelBudget();
        recording = null;
    }

    /**
     * A capture envelope's next recording starts: a page of its own. Its pushes carry its id ({@code recording} in
     * JSON, a heading in text).
     */
    @Override
    public void recording(String id) {
        startPage();
        recording = id;
        if (format == Format.TEXT) {
            raw("Recording " + PrintableText.escape(id) + "\n\n");
            flush();
        }
    }

    @Override
    public void problem(InputProblem problem) {
        problemCount++;
        if (format == Format.JSON) {
            problems.add(problem);
        } else {
            raw("! " + PrintableText.escape(problem.location().toString()) + "  " + problem.ruleId() + ": "
                    + PrintableText.escape(problem.message()) + "\n\n");
            flush();
        }
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        return model.get(dottedKey);
    }

    /** Completes the document (the JSON closing and the problems) and flushes; the writer stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (format == Format.JSON) {
            raw(written == 0 ? "],\"problems\":[" : "\n],\"problems\":[");
            for (int i = 0; i < problems.size(); i++) {
                raw(i == 0 ? "\n" : ",\n");
                writeJsonProblem(problems.get(i));
            }
            raw(problems.isEmpty() ? "]}\n" : "\n]}\n");
        } else {
            raw(written + (written == 1 ? " push" : " pushes") + " replayed"
                    + (problemCount == 0 ? "" : ", " + problemCount + " input problem(s)") + "\n");
        }
        flush();
    }

    // ---- JSON ----

    private void writeJsonEntry(Push push) {
        raw(written == 0 ? "\n" : ",\n");
        Map<String, String> jsValues = new LinkedHashMap<>();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("push", push.index());
            if (recording != null) {
                json.writeStringProperty("recording", recording);
            }
            writeLocation(json, push.location());
            json.writeStringProperty("kind", push.kind().name().toLowerCase(Locale.ROOT));
            json.writeName("payload");
            writeTree(json, push.payload(), "/payload", jsValues);
            json.writeName("model");
            if (budget.admit(model.state())) {
                writeTree(json, model.state(), "/model", jsValues);
            } else {
                json.writeNull();
                json.writeStringProperty("modelOmitted", omitted());
            }
            if (!jsValues.isEmpty()) {
                json.writeName("jsValues");
                json.writeStartObject();
                for (Map.Entry<String, String> value : jsValues.entrySet()) {
                    json.writeStringProperty(value.getKey(), value.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }

    private void writeJsonProblem(InputProblem problem) {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("rule", problem.ruleId());
            json.writeStringProperty("message", problem.message());
            writeLocation(json, problem.location());
            json.writeEndObject();
        }
    }

    private static void writeLocation(JsonGenerator json, SourceLocation location) {
        json.writeStringProperty("file", location.file());
        json.writeNumberProperty("line", location.line());
        json.writeNumberProperty("column", location.column());
    }

    private static void writeTree(JsonGenerator json, JsonNode node, String pointer, Map<String, String> jsValues) {
        if (node.isObject()) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                json.writeName(member.getKey());
                writeTree(json, member.getValue(), Pointers.child(pointer, member.getKey()), jsValues);
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                writeTree(json, node.get(i), Pointers.child(pointer, i), jsValues);
            }
            json.writeEndArray();
        } else if (node.isString()) {
            json.writeString(node.asString());
        } else if (node.isNumber()) {
            String text = JsSemantics.numberText(node);
            if (JsValues.isNonFinite(node)) {
                json.writeNull();
                jsValues.put(pointer, text);
            } else {
                json.writeNumber(text);
            }
        } else if (node.isBoolean()) {
            json.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            json.writeNull();
        } else {
            json.writeNull();
            jsValues.put(pointer, JsValues.isUndefined(node) || JsValues.isFunction(node) ? jsText(node) : "object");
        }
    }

    private static String jsText(JsonNode marker) {
        return JsValues.isUndefined(marker)
                ? JsValues.Marker.UNDEFINED.toString()
                : JsValues.Marker.FUNCTION.toString();
    }

    // ---- text ----

    private void writeTextEntry(Push push) {
        StringBuilder text = new StringBuilder();
        text.append("Push ")
                .append(push.index())
                .append("  ")
                .append(PrintableText.escape(String.valueOf(push.location())));
        text.append("  (").append(push.kind().name().toLowerCase(Locale.ROOT)).append(")\n");
        text.append("  ").append(call(push, "  ")).append('\n');
        if (budget.admit(model.state())) {
            text.append("  Data layer after this push:\n");
            text.append("  ").append(JsLiteral.of(model.state(), "  ")).append("\n\n");
        } else {
            text.append("  Data layer after this push: ").append(omitted()).append("\n\n");
        }
        raw(text.toString());
    }

    private String omitted() {
        return "(omitted: " + budget.spent() + " model values printed for this recording already, the most its size"
                + " allows; replay fewer pushes to see it)";
    }

    /** The call as the page made it: {@code dataLayer.push({...})}, {@code gtag("event", ...)}. */
    static String call(Push push, String indent) {
        JsonNode payload = push.payload();
        if (push.kind() == PushKind.GA4_HIT) {
            return "GA4 hit " + JsLiteral.of(payload, indent);
        }
        if (push.kind() == PushKind.GTAG && payload instanceof ArrayNode arguments) {
            StringBuilder call = new StringBuilder("gtag(");
            for (int i = 0; i < arguments.size(); i++) {
                call.append(i == 0 ? "" : ", ").append(JsLiteral.of(arguments.get(i), indent));
            }
            return call.append(')').toString();
        }
        if (push.kind() == PushKind.FUNCTION && payload instanceof ArrayNode calls) {
            StringBuilder call = new StringBuilder("dataLayer.push(function () {");
            for (JsonNode set : calls) {
                for (Map.Entry<String, JsonNode> entry : set.properties()) {
                    call.append('\n').append(indent).append("  this.set(");
                    call.append(JsLiteral.string(entry.getKey())).append(", ");
                    call.append(JsLiteral.of(entry.getValue(), indent + "  ")).append(");");
                }
            }
            return call.append(calls.isEmpty() ? "})" : "\n" + indent + "})").toString();
        }
        return "dataLayer.push(" + JsLiteral.of(payload, indent) + ")";
    }

    // ---- output ----

    private void raw(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
