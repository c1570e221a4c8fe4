package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.values.JsValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the text the page environment's {@code snapshot} makes of one pushed value: a flag digit, the JSON of the
 * copy, then the cuts, each after a NUL. Copying a value out of the sandbox as one string and parsing it with Jackson
 * costs one polyglot call a push instead of several a value. What JSON cannot say arrives as an object whose only key
 * is NUL: {@code "u"} undefined, {@code "f"} a function, {@code "n:<text>"} a number kept as a double (NaN, the
 * infinities, integers beyond 2<sup>53</sup>), {@code "b:<digits>"} a BigInt; a page's own key starting with NUL
 * carries one NUL more. The result equals what {@link JsSnapshot}'s per-value walk builds.
 */
final class SnapshotText {

    private static final String MARK = "\u0000";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .maxNestingDepth(Integer.MAX_VALUE)
                            .maxDocumentLength(-1)
                            .maxTokenCount(-1)
                            .build())
                    .build())
            .build();

    private SnapshotText() {}

    static JsSnapshot.Copy read(String text) {
        int flags = text.charAt(0) - '0';
        int end = text.indexOf('\u0000', 1); // JSON.stringify escapes NUL, so a raw one starts the cuts
        String json = end < 0 ? text.substring(1) : text.substring(1, end);
        JsonNode payload = MAPPER.readTree(json);
        if ((flags & 1) != 0) {
            payload = decode(payload);
        }
        List<String> cuts = new ArrayList<>();
        while (end >= 0) {
            int next = text.indexOf('\u0000', end + 1);
            cuts.add(next < 0 ? text.substring(end + 1) : text.substring(end + 1, next));
            end = next;
        }
        return new JsSnapshot.Copy(payload, (flags & 2) != 0, List.copyOf(cuts));
    }

    private static JsonNode decode(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, decode(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        if (object.size() == 1 && object.get(MARK) instanceof JsonNode tag && tag.isString()) {
            return marked(tag.asString());
        }
        ObjectNode copy = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            copy.set(key.startsWith(MARK) ? key.substring(1) : key, decode(field.getValue()));
        }
        return copy;
    }

    private static JsonNode marked(String tag) {
        return switch (tag.charAt(0)) {
            case 'u' -> JsValues.UNDEFINED;
            case 'f' -> JsValues.FUNCTION;
            case 'n' -> NODES.numberNode(Double.parseDouble(tag.substring(2)));
            case 'b' -> NODES.numberNode(new BigInteger(tag.substring(2)));
            default -> throw new IllegalStateException("unknown snapshot marker " + tag);
        };
    }
}
