package dev.datalayerlint.core.model;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.values.JsSemantics;
import dev.datalayerlint.core.values.JsValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GTM's "abstract data model" for one recording: the state that Data Layer Variables (version 2) read, built by
 * merging every push in order the way google/data-layer-helper (GTM's reference implementation) does.
 *
 * <h2>Merge rules</h2>
 *
 * <ul>
 *   <li>An object push is merged key by key, in its order; a dotted key is a path ({@code {'a.b': 1}} sets
 *       {@code a → b}; {@code "a..b"} keeps its empty segment, as {@code split('.')} does).
 *   <li>Plain objects merge recursively into plain objects; arrays merge into arrays index by index and are never
 *       truncated ({@code [A,B,C]} then {@code [X]} gives {@code [X,B,C]}; elements that are objects or arrays merge
 *       with the element at the same index).
 *   <li>Whenever the kinds differ (array, plain object, anything else) the new value replaces the old one; a new
 *       object or array is copied into a fresh container, so flags inside it are honoured.
 *   <li>{@code null} and {@code undefined} ({@link JsValues#UNDEFINED}) are values like any other: they overwrite,
 *       and {@code undefined} is stored (it does not delete the key). {@code {ecommerce: null}} therefore resets
 *       {@code ecommerce}, and the next ecommerce object starts from nothing.
 *   <li>Functions and other non-plain values replace (they are kept as their marker nodes).
 *   <li>{@code _clear}: an object holding a truthy {@code _clear} has its other properties <em>replace</em> the
 *       model's values instead of merging into them ({@code {a: {b: {x: 1}, _clear: true}}} replaces {@code a.b} but
 *       keeps {@code a}'s other keys). A truthy {@code _clear} at the top of a push makes every key of that push
 *       replace its value (the data-layer-helper README's behaviour; its current code merges a push key by key and so
 *       loses a top-level flag, GTM keeps it). {@code _clear} itself is never stored.
 * </ul>
 *
 * <h2>Other pushes</h2>
 *
 * <ul>
 *   <li>{@code GTAG} (an arguments object): {@code ["set", {...}]} merges the object as an object push would and
 *       {@code ["set", "key", value]} merges {@code {key: value}} (a dotted key is a path); any other argument count,
 *       and every other command ({@code event}, {@code config}, {@code js}, {@code consent}, {@code get}), leaves the
 *       model alone.
 *   <li>{@code COMMAND} ({@code ["ecommerce.items.push", {...}]}): the method named by the last segment runs on the
 *       value at the rest of the path. Arrays support the mutating methods {@code push}, {@code pop}, {@code shift},
 *       {@code unshift}, {@code splice}, {@code reverse} and {@code sort} (without comparator). Methods that only
 *       return something ({@code concat}, {@code slice}, …) change nothing, as in the browser; a missing path, a
 *       method the value lacks, {@code fill}/{@code copyWithin}, a comparator function and a first element that is
 *       not a string are ignored, as the reference ignores a command that fails.
 *   <li>{@code FUNCTION}: recorded already run; the payload is an array of one-entry objects {@code {key: value}},
 *       one per {@code this.set(key, value)} call, each merged in order. A bare function marker changes nothing.
 *   <li>{@code OTHER} (strings, numbers…) is ignored.
 * </ul>
 *
 * <p>Values are copied in, except where the model's {@code ecommerce} takes a container that merges onto nothing and
 * holds no {@code _clear}: a copy would be equal to it, and neither a push's payload (read-only once read) nor the
 * model's {@code ecommerce} (copy-on-write, below) is ever changed, so the push's own container is shared. What a page
 * does to an object after pushing it (the reference keeps some values by reference) cannot be seen in a recording and
 * is not modelled; nor are the keys GTM adds itself ({@code gtm.uniqueEventId}…).
 *
 * <p>The model's {@code ecommerce} is copy-on-write: a push never changes an object or array inside it, it puts a
 * changed copy in its place (sharing the members it did not touch). A value taken from it therefore stays as it was,
 * so a rule can keep the {@code ecommerce} of an earlier push without a deep copy, and an {@code ecommerce} no push
 * wrote is the same instance ({@code ==} says "not written"). Every other key is merged in place: copying there would
 * make a key that grows by one member per push cost its whole size on every push.
 *
 * <p>Not thread-safe: one instance per recording, fed its pushes in order.
 */
public final class DataLayerModel {

    private static final String CLEAR = "_clear";
    /** The one top-level key kept copy-on-write (see the class comment). */
    private static final String COPY_ON_WRITE = "ecommerce";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode model = NODES.objectNode();

    /** Merges one push into the model according to its kind. */
    public void apply(Push push) {
        JsonNode payload = push.payload();
        switch (push.kind()) {
            case OBJECT -> {
                if (payload instanceof ObjectNode message) {
                    applyMessage(message);
                }
            }
            case GTAG -> {
                if (payload instanceof ArrayNode arguments) {
                    applyArguments(arguments);
                }
            }
            case COMMAND -> {
                if (payload instanceof ArrayNode command) {
                    runCommand(command);
                }
            }
            case FUNCTION -> {
                if (payload instanceof ArrayNode calls) {
                    for (JsonNode call : calls) {
                        for (Map.Entry<String, JsonNode> entry : call.properties()) {
                            set(entry.getKey(), entry.getValue());
                        }
                    }
                }
            }
            case OTHER -> {
                // GTM ignores strings, numbers and the like.
            }
            case GA4_HIT -> {
                // what the page sent to GA4: nothing GTM merges
            }
        }
    }

    /**
     * What a function push's {@code this.set(key, value)} does: merges {@code value} at the dotted path {@code key}
     * (a reader that runs function pushes live can call it).
     */
    public void set(String dottedKey, JsonNode value) {
        if (dottedKey.indexOf('.') >= 0) {
            mergeInto(expand(dottedKey, value), model);
            return;
        }
        // A plain key, nearly every key pushed: what mergeInto does with the one-member object {key: value}.
        if (value == null) {
            value = NODES.nullNode(); // as ObjectNode.set stores it
        }
        mergeAtRoot(dottedKey, value, model, !(CLEAR.equals(dottedKey) && JsSemantics.isTruthy(value)));
        model.remove(CLEAR);
    }

    /** Merges the member {@code name: value} into the model's root {@code to}. */
    private static void mergeAtRoot(String name, JsonNode value, ObjectNode to, boolean mergeChildren) {
        if (COPY_ON_WRITE.equals(name)) {
            to.set(name, merged(value, to.get(name), mergeChildren));
        } else {
            mergeMember(name, value, to, mergeChildren);
        }
    }

    /** The live model. Read-only by convention: it changes with every {@link #apply} and must not be modified. */
    public ObjectNode state() {
        return model;
    }

    /** A deep copy of the model, safe to keep. */
    public ObjectNode snapshot() {
        return model.deepCopy();
    }

    /**
     * The value at a dotted path, as {@code this.get(key)} and a version-2 Data Layer Variable read it, or
     * {@link JsValues#UNDEFINED}. Arrays answer indexes and {@code length} ({@code ecommerce.items.0.item_id},
     * {@code ecommerce.items.length}). The node returned is live, like {@link #state()}.
     */
    public JsonNode get(String dottedKey) {
        JsonNode target = model;
        for (String segment : JsSemantics.splitPath(dottedKey)) {
            target = JsSemantics.property(target, segment);
            if (target == null) {
                return JsValues.UNDEFINED;
            }
        }
        return target;
    }

    private void applyMessage(ObjectNode message) {
        boolean replace = JsSemantics.isTruthy(message.get(CLEAR));
        for (Map.Entry<String, JsonNode> entry : inPropertyOrder(message)) {
            if (replace && !CLEAR.equals(entry.getKey())) {
                // Reset the path first so the value lands on nothing and cannot merge with what was there.
                set(entry.getKey(), JsValues.UNDEFINED);
            }
            set(entry.getKey(), entry.getValue());
        }
    }

    /** JavaScript's own-property order: integer-like keys ascending first, then the rest as written. */
    private static List<Map.Entry<String, JsonNode>> inPropertyOrder(ObjectNode message) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(message.properties());
        entries.sort(Comparator.comparingLong(entry -> {
            int index = JsSemantics.arrayIndex(entry.getKey());
            return index < 0 ? Long.MAX_VALUE : index;
        }));
        return entries;
    }

    private void applyArguments(ArrayNode arguments) {
        if (arguments.isEmpty() || !"set".equals(arguments.get(0).asString(null))) {
            return; // event, config, js, consent, get…: no data-model change
        }
        if (arguments.size() == 2 && arguments.get(1) instanceof ObjectNode values) {
            applyMessage(values);
        } else if (arguments.size() == 3 && arguments.get(1).isString()) {
            set(arguments.get(1).asString(), arguments.get(2));
        }
    }

    private static ObjectNode expand(String dottedKey, JsonNode value) {
        ObjectNode root = NODES.objectNode();
        ObjectNode target = root;
        List<String> path = JsSemantics.splitPath(dottedKey);
        for (int i = 0; i < path.size() - 1; i++) {
            target = target.putObject(path.get(i));
        }
        target.set(path.get(path.size() - 1), value);
        return root;
    }

    /**
     * Merges {@code from} into {@code to} itself (the model's root, the one container changed in place): each member
     * that merges into a container of the model gets a merged copy of that container.
     */
    private static void mergeInto(ObjectNode from, ObjectNode to) {
        boolean mergeChildren = !JsSemantics.isTruthy(from.get(CLEAR));
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            mergeAtRoot(entry.getKey(), entry.getValue(), to, mergeChildren);
        }
        to.remove(CLEAR);
    }

    /** Merges one member into {@code target} in place: a container into the container there, else a copy. */
    private static void mergeMember(String name, JsonNode value, ObjectNode target, boolean mergeChildren) {
        if (mergeChildren && value.isContainer()) {
            JsonNode existing = target.get(name);
            if (existing == null || existing.isArray() != value.isArray() || !existing.isContainer()) {
                existing = value.isArray() ? NODES.arrayNode() : NODES.objectNode();
                target.set(name, existing);
            }
            merge(value, existing);
        } else {
            target.set(name, value.deepCopy());
        }
    }

    /** Merges {@code from} into {@code to} in place: both objects or both arrays. */
    private static void merge(JsonNode from, JsonNode to) {
        if (from instanceof ObjectNode source && to instanceof ObjectNode target) {
            boolean mergeChildren = !JsSemantics.isTruthy(source.get(CLEAR));
            for (Map.Entry<String, JsonNode> entry : source.properties()) {
                mergeMember(entry.getKey(), entry.getValue(), target, mergeChildren);
            }
            target.remove(CLEAR);
        } else if (from instanceof ArrayNode source && to instanceof ArrayNode target) {
            for (int i = 0; i < source.size(); i++) {
                JsonNode value = source.get(i);
                JsonNode existing = i < target.size() ? target.get(i) : null;
                JsonNode merged;
                if (value.isContainer()) {
                    merged = existing != null && existing.isContainer() && existing.isArray() == value.isArray()
                            ? existing
                            : (value.isArray() ? NODES.arrayNode() : NODES.objectNode());
                    merge(value, merged);
                } else {
                    merged = value.deepCopy();
                }
                if (i < target.size()) {
                    target.set(i, merged);
                } else {
                    target.add(merged);
                }
            }
        }
    }

    /**
     * What the model holds after {@code value} is merged onto {@code existing} (null when absent): a container is a
     * new container holding {@code existing}'s members (shared, not copied) with {@code value}'s merged over them, or
     * {@code value} itself when there is nothing to merge onto and no {@code _clear} below it to drop (what the new
     * container would hold); anything else is a copy of {@code value}. Neither is ever changed.
     */
    private static JsonNode merged(JsonNode value, JsonNode existing, boolean mergeChildren) {
        if (!mergeChildren || !value.isContainer()) {
            return value.deepCopy();
        }
        boolean compatible = existing != null && existing.isContainer() && existing.isArray() == value.isArray();
        if (!compatible && !holdsClear(value)) {
            return value;
        }
        if (value instanceof ObjectNode source) {
            ObjectNode target = NODES.objectNode();
            if (compatible) {
                target.setAll((ObjectNode) existing);
            }
            boolean mergeMembers = !JsSemantics.isTruthy(source.get(CLEAR));
            for (Map.Entry<String, JsonNode> entry : source.properties()) {
                target.set(entry.getKey(), merged(entry.getValue(), target.get(entry.getKey()), mergeMembers));
            }
            target.remove(CLEAR);
            return target;
        }
        ArrayNode source = (ArrayNode) value;
        ArrayNode target = NODES.arrayNode();
        if (compatible) {
            target.addAll((ArrayNode) existing);
        }
        for (int i = 0; i < source.size(); i++) {
            JsonNode element = merged(source.get(i), i < target.size() ? target.get(i) : null, true);
            if (i < target.size()) {
                target.set(i, element);
            } else {
                target.add(element);
            }
        }
        return target;
    }

    /** Whether an object at or below {@code value} has a {@code _clear} member, which merging drops. */
    private static boolean holdsClear(JsonNode value) {
        if (value instanceof ObjectNode object && object.has(CLEAR)) {
            return true;
        }
        if (value.isContainer()) {
            for (JsonNode child : value.values()) {
                if (child.isContainer() && holdsClear(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void runCommand(ArrayNode command) {
        if (command.isEmpty() || !command.get(0).isString()) {
            return;
        }
        List<String> path = JsSemantics.splitPath(command.get(0).asString());
        String method = path.get(path.size() - 1);
        List<String> arrayPath = path.subList(0, path.size() - 1);
        JsonNode target = model;
        for (String segment : arrayPath) {
            target = JsSemantics.property(target, segment);
            if (target == null) {
                return; // the reference logs "the object at … was undefined" and runs nothing
            }
        }
        if (target instanceof ArrayNode && !arrayPath.isEmpty()) {
            List<JsonNode> arguments = new ArrayList<>();
            for (int i = 1; i < command.size(); i++) {
                arguments.add(command.get(i).deepCopy());
            }
            ArrayMethods.run(
                    COPY_ON_WRITE.equals(arrayPath.get(0)) ? copiedAlong(arrayPath) : (ArrayNode) target,
                    method,
                    arguments);
        }
        // Objects, strings and numbers have no mutating method a recording could name.
    }

    /**
     * Replaces each container on {@code path} (which leads to an array, as just checked) by a shallow copy, so the
     * array at its end can be changed in place without changing what an earlier push left; returns that copy.
     */
    private ArrayNode copiedAlong(List<String> path) {
        JsonNode parent = model;
        JsonNode copy = null;
        for (String segment : path) {
            JsonNode child = JsSemantics.property(parent, segment);
            copy = child instanceof ObjectNode object
                    ? NODES.objectNode().setAll(object)
                    : NODES.arrayNode().addAll((ArrayNode) child);
            if (parent instanceof ObjectNode object) {
                object.set(segment, copy);
            } else {
                ((ArrayNode) parent).set(JsSemantics.arrayIndex(segment), copy);
            }
            parent = copy;
        }
        return (ArrayNode) copy;
    }

    /** The mutating {@code Array.prototype} methods a command array may call. */
    private static final class ArrayMethods {

        private ArrayMethods() {}

        static void run(ArrayNode array, String method, List<JsonNode> arguments) {
            switch (method) {
                case "push" -> arguments.forEach(array::add);
                case "pop" -> {
                    if (!array.isEmpty()) {
                        array.remove(array.size() - 1);
                    }
                }
                case "shift" -> {
                    if (!array.isEmpty()) {
                        array.remove(0);
                    }
                }
                case "unshift" -> {
                    List<JsonNode> elements = new ArrayList<>(arguments);
                    elements.addAll(array.values());
                    replaceElements(array, elements);
                }
                case "splice" -> splice(array, arguments);
                case "reverse" -> {
                    List<JsonNode> elements = new ArrayList<>(array.values());
                    array.removeAll();
                    for (int i = elements.size() - 1; i >= 0; i--) {
                        array.add(elements.get(i));
                    }
                }
                case "sort" -> sort(array, arguments);
                default -> {
                    // Non-mutating methods change nothing; fill/copyWithin and unknown names are not modelled.
                }
            }
        }

        private static void splice(ArrayNode array, List<JsonNode> arguments) {
            int length = array.size();
            if (arguments.isEmpty()) {
                return;
            }
            int start = relativeIndex(toInteger(arguments.get(0)), length);
            int deleteCount;
            if (arguments.size() == 1) {
                deleteCount = length - start;
            } else {
                double requested = toInteger(arguments.get(1));
                deleteCount = (int) Math.min(Math.max(requested, 0), length - start);
            }
            // Rebuilt in one pass: removing and inserting element by element costs the array's length each time.
            List<JsonNode> before = new ArrayList<>(array.values());
            List<JsonNode> elements = new ArrayList<>(before.subList(0, start));
            elements.addAll(arguments.subList(Math.min(2, arguments.size()), arguments.size()));
            elements.addAll(before.subList(start + Math.max(deleteCount, 0), length));
            replaceElements(array, elements);
        }

        private static void replaceElements(ArrayNode array, List<JsonNode> elements) {
            array.removeAll();
            array.addAll(elements);
        }

        private static int relativeIndex(double relative, int length) {
            if (relative < 0) {
                return (int) Math.max(length + relative, 0);
            }
            return (int) Math.min(relative, length);
        }

        /** ToIntegerOrInfinity of the argument kinds a recording holds. */
        private static double toInteger(JsonNode node) {
            double number;
            if (node.isNumber()) {
                number = node.doubleValue();
            } else if (node.isBoolean()) {
                number = node.booleanValue() ? 1 : 0;
            } else if (node.isNull()) {
                number = 0;
            } else if (node.isString()) {
                try {
                    String text = node.asString().strip();
                    number = text.isEmpty() ? 0 : Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    number = Double.NaN;
                }
            } else {
                number = Double.NaN;
            }
            if (Double.isNaN(number)) {
                return 0;
            }
            return Double.isInfinite(number) ? number : (number < 0 ? Math.ceil(number) : Math.floor(number));
        }

        private static void sort(ArrayNode array, List<JsonNode> arguments) {
            if (!arguments.isEmpty() && !JsValues.isUndefined(arguments.get(0))) {
                return; // a comparator function cannot be run from a recording
            }
            List<JsonNode> defined = new ArrayList<>();
            int undefinedCount = 0;
            for (JsonNode element : array) {
                if (JsValues.isUndefined(element)) {
                    undefinedCount++;
                } else {
                    defined.add(element);
                }
            }
            // The default order compares String(x) by UTF-16 code units, which String.compareTo does; stable.
            defined.sort(Comparator.comparing(JsSemantics::stringOf));
            array.removeAll();
            defined.forEach(array::add);
            for (int i = 0; i < undefinedCount; i++) {
                array.add(JsValues.UNDEFINED);
            }
        }
    }
}
