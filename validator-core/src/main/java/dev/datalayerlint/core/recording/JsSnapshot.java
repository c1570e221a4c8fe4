package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.values.JsValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a JavaScript value into a {@link JsonNode} at the moment it is pushed, as GTM reads it synchronously: what
 * the page changes afterwards must not change the recorded push. Plain objects keep their own enumerable string keys
 * in insertion order; arrays and {@code arguments} objects become arrays; integral numbers within ±2<sup>53</sup>
 * become integral nodes, all other numbers doubles (NaN and the infinities too, so checks can flag them); a date
 * becomes its ISO text; {@code undefined} and functions become {@link JsValues} markers.
 *
 * <p>Cycles, nesting deeper than {@value #MAX_DEPTH} levels and more than {@value #MAX_VALUES} values are cut (the
 * cut value becomes a {@code "[…]"} text) and listed in {@link Copy#cuts()} so the reader can report them.
 */
final class JsSnapshot {

    static final int MAX_DEPTH = 64;
    static final int MAX_VALUES = 100_000;

    private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_992d; // 2^53
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The copied payload; {@code argumentsObject} says it was a gtag-style {@code arguments} object. */
    record Copy(JsonNode payload, boolean argumentsObject, List<String> cuts) {}

    private final PageEnvironment page;

    JsSnapshot(PageEnvironment page) {
        this.page = page;
    }

    Copy copy(Value value) {
        Walk walk = new Walk();
        JsonNode payload = walk.node(value, "", 0);
        return new Copy(payload, walk.rootIsArguments, List.copyOf(walk.cuts));
    }

    private final class Walk {
        private final Set<Value> ancestors = new HashSet<>();
        private final List<String> cuts = new ArrayList<>();
        private int values;
        private boolean rootIsArguments;
        private boolean tooMany;

        JsonNode node(Value value, String pointer, int depth) {
            if (++values > MAX_VALUES) {
                if (!tooMany) {
                    tooMany = true;
                    cuts.add("more than " + MAX_VALUES + " values, cut from " + at(pointer));
                }
                return NODES.stringNode("[too many values]");
            }
            // strings and booleans are most leaves and unambiguous here; the rest needs JavaScript's own answer
            String kind = value.isString() ? "string" : value.isBoolean() ? "boolean" : page.kindOf(value);
            return switch (kind) {
                case "undefined" -> JsValues.UNDEFINED;
                case "null" -> NODES.nullNode();
                case "boolean" -> NODES.booleanNode(value.asBoolean());
                case "string" -> NODES.stringNode(value.asString());
                case "number" -> number(value);
                case "bigint" ->
                    value.fitsInBigInteger()
                            ? NODES.numberNode(value.asBigInteger())
                            : NODES.stringNode(page.text(value));
                case "function" -> JsValues.FUNCTION;
                case "date" -> {
                    String iso = page.dateText(value);
                    yield iso == null ? NODES.nullNode() : NODES.stringNode(iso);
                }
                case "array", "arguments", "object" -> {
                    if (depth == 0 && kind.equals("arguments")) {
                        rootIsArguments = true;
                    }
                    yield container(value, kind, pointer, depth);
                }
                default -> NODES.stringNode(page.text(value)); // symbol
            };
        }

        private JsonNode container(Value value, String kind, String pointer, int depth) {
            if (depth >= MAX_DEPTH) {
                cuts.add("nesting deeper than " + MAX_DEPTH + " levels, cut at " + at(pointer));
                return NODES.stringNode("[too deep]");
            }
            if (!ancestors.add(value)) {
                cuts.add("circular reference, cut at " + at(pointer));
                return NODES.stringNode("[circular]");
            }
            try {
                if (kind.equals("object")) {
                    ObjectNode object = NODES.objectNode();
                    Value keys = page.keysOf(value);
                    long size = keys.getArraySize();
                    for (long i = 0; i < size && !tooMany; i++) {
                        String key = keys.getArrayElement(i).asString();
                        Value member = value.getMember(key);
                        if (member != null) { // else an earlier getter deleted it: gone, as for...in would see
                            object.set(key, node(member, pointer + "/" + escape(key), depth + 1));
                        }
                    }
                    return object;
                }
                ArrayNode array = NODES.arrayNode();
                // A Proxy of an array is an array to JavaScript (Array.isArray) but has no array elements to the
                // polyglot API: read it as JavaScript would, through its length and index properties (and traps).
                boolean elements = value.hasArrayElements();
                long size = elements ? value.getArraySize() : lengthOf(value);
                for (long i = 0; i < size && !tooMany; i++) {
                    Value element;
                    try {
                        element = elements ? value.getArrayElement(i) : value.getMember(Long.toString(i));
                    } catch (ArrayIndexOutOfBoundsException shortened) {
                        break; // an element's getter shortened the array: it ends here, as a loop over length would
                    }
                    array.add(element == null ? JsValues.UNDEFINED : node(element, pointer + "/" + i, depth + 1));
                }
                return array;
            } finally {
                ancestors.remove(value);
            }
        }

        private static long lengthOf(Value value) {
            Value length = value.hasMembers() ? value.getMember("length") : null;
            return length != null && length.fitsInLong() ? Math.max(0, length.asLong()) : 0;
        }

        private static JsonNode number(Value value) {
            return value.fitsInInt() ? NODES.numberNode(value.asInt()) : JsSnapshot.number(value.asDouble());
        }
    }

    /**
     * A JavaScript number as a node: integral within ±2<sup>53</sup> as an integral node (negative zero as 0), any
     * other number, NaN and the infinities included, as a double.
     */
    static JsonNode number(double d) {
        if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER) {
            long l = (long) d;
            return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
        }
        return NODES.numberNode(d);
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "the top" : pointer;
    }

    /** RFC 6901 escaping of one reference token. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
