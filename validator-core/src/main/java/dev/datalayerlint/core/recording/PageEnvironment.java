package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.values.JsValues;
import java.util.Map;
import org.graalvm.polyglot.Value;
import tools.jackson.databind.JsonNode;

/**
 * The helpers the page-environment script hands back once it has set up a context: what kind a JavaScript value is,
 * its own keys, a date's ISO text, and builders that turn a {@link JsonNode} of the data model into JavaScript values
 * for a function push's {@code this.get}. Asking JavaScript keeps the answers exact ({@code undefined} vs {@code null},
 * {@code arguments} objects, {@code Object.keys} order) where the polyglot API blurs them.
 */
final class PageEnvironment {

    private final Value kindOf;
    private final Value keysOf;
    private final Value dateText;
    private final Value text;
    private final Value describeThrown;
    private final Value newObject;
    private final Value newArray;
    private final Value put;
    private final Value append;
    private final Value noop;
    private final Value undefined;
    private final Value runNextTask;
    private final Value lostDataLayer;
    private final Value watchPrototypes;
    private final Value installLiteralsCall;
    private final Value literalsReady;
    private final Value hasTasks;
    private final Value appendLiterals;
    private final Value appendLiteral;

    PageEnvironment(Value helpers) {
        kindOf = helpers.getMember("kindOf");
        keysOf = helpers.getMember("keysOf");
        dateText = helpers.getMember("dateText");
        text = helpers.getMember("text");
        describeThrown = helpers.getMember("describeThrown");
        newObject = helpers.getMember("newObject");
        newArray = helpers.getMember("newArray");
        put = helpers.getMember("put");
        append = helpers.getMember("append");
        noop = helpers.getMember("noop");
        undefined = helpers.getMember("UNDEFINED");
        runNextTask = helpers.getMember("runNextTask");
        lostDataLayer = helpers.getMember("lostDataLayer");
        watchPrototypes = helpers.getMember("watchPrototypes");
        installLiteralsCall = helpers.getMember("installLiteralsCall");
        literalsReady = helpers.getMember("literalsReady");
        hasTasks = helpers.getMember("hasTasks");
        appendLiterals = helpers.getMember("appendLiterals");
        appendLiteral = helpers.getMember("appendLiteral");
    }

    /** One of undefined, null, boolean, number, string, bigint, symbol, function, array, arguments, date, object. */
    String kindOf(Value value) {
        return kindOf.execute(value).asString();
    }

    /** {@code Object.keys(value)}: own enumerable string keys in insertion order (integer keys first). */
    Value keysOf(Value value) {
        return keysOf.execute(value);
    }

    /** A date's {@code toISOString()}, or null for an invalid date. */
    String dateText(Value date) {
        Value iso = dateText.execute(date);
        return iso.isString() ? iso.asString() : null;
    }

    String text(Value value) {
        return text.execute(value).asString();
    }

    /** What a {@code throw} threw, as a person reads it: {@code TypeError: x is not a function}, {@code "oops"}. */
    String describeThrown(Value thrown) {
        return describeThrown.execute(thrown).asString();
    }

    /**
     * Runs the page's next task after the script: a {@code DOMContentLoaded} or {@code load} listener while any is
     * left, then the earliest due {@code setTimeout} callback; false when nothing is left.
     */
    boolean runNextTask() {
        return runNextTask.execute().asBoolean();
    }

    /**
     * Where pushes went that the recorder could not follow: {@code "lexical"} for a {@code let}/{@code const
     * dataLayer} hiding {@code window.dataLayer}, {@code "redefined"} for a deleted or redefined
     * {@code window.dataLayer}; null if neither happened.
     */
    LostDataLayer lostDataLayer() {
        Value lost = lostDataLayer.execute();
        return lost.isNull()
                ? null
                : new LostDataLayer(
                        lost.getArrayElement(0).asString(),
                        lost.getArrayElement(1).asInt());
    }

    record LostDataLayer(String reason, int entries) {}

    /** Notes the built-in prototypes as they are, before the recording runs, for {@link #literalsReady}. */
    void watchPrototypes() {
        watchPrototypes.executeVoid();
    }

    /**
     * Defines {@code window[name]}, a function that hands its two arguments to the host's {@code literals}, for the
     * caller to bind to a global constant and delete.
     */
    void installLiteralsCall(String name) {
        installLiteralsCall.executeVoid(name);
    }

    /**
     * Whether a literal {@code dataLayer.push(…)} statement would now only record its value and append it to
     * {@code window.dataLayer}, running no code of the page: then the Java side may read such statements as data.
     */
    boolean literalsReady() {
        return literalsReady.execute().asBoolean();
    }

    /**
     * Whether a listener or timer is waiting to run after the script: the only code that could still read what the
     * script left in {@code window.dataLayer}.
     */
    boolean hasTasks() {
        return hasTasks.execute().asBoolean();
    }

    /** Appends the values of a JSON array to {@code window.dataLayer}, as the recorder's push appends a value. */
    void appendLiterals(String jsonArray) {
        appendLiterals.executeVoid(jsonArray);
    }

    /** Appends one value made by {@link #toJs} to {@code window.dataLayer}. */
    void appendLiteral(Object value) {
        appendLiteral.executeVoid(value);
    }

    /** The JavaScript value of a data-model node, as {@code this.get(key)} should return it. */
    Object toJs(JsonNode node) {
        if (node == null || node.isMissingNode() || JsValues.isUndefined(node)) {
            return undefined;
        }
        if (JsValues.isFunction(node)) {
            return noop;
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return node.canConvertToInt() && node.isIntegralNumber() ? (Object) node.intValue() : node.doubleValue();
        }
        if (node.isArray()) {
            Value array = newArray.execute();
            for (JsonNode element : node) {
                append.executeVoid(array, toJs(element));
            }
            return array;
        }
        if (node.isObject()) {
            Value object = newObject.execute();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                put.executeVoid(object, field.getKey(), toJs(field.getValue()));
            }
            return object;
        }
        return undefined;
    }
}
