package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.PushContext;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Pointers;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Follows the data model's {@code ecommerce} across a recording: what it held before the current push and which push
 * last wrote each part of it. Works from {@link PushContext#modelAfter()} alone (whatever kind of push changed it).
 * It keeps the model's {@code ecommerce} of the previous push by reference, without a copy: the data model is
 * copy-on-write for {@code ecommerce} ({@link dev.datalayerlint.core.model.DataLayerModel}), so that value never
 * changes, and an ecommerce no push wrote is the same instance, which makes the per-push comparison O(1).
 */
final class EcommerceHistory {

    /** A push that wrote part of the model's ecommerce. */
    record Writer(int pushIndex, String event) {
        String describe() {
            return EcommerceEvent.describe(pushIndex, event);
        }
    }

    private static final String ROOT = "/ecommerce";

    private final TreeMap<String, Writer> writers = new TreeMap<>();
    private int current = -1;
    private JsonNode previous;
    private JsonNode before;
    private Writer lastWriterBefore;
    /** {@code writerOf("/ecommerce")} as {@link #writers} stand, kept rather than searched on every push. */
    private Writer latestWriter;
    /** Whether the push being recorded wrote a part of ecommerce. */
    private boolean wrote;

    /**
     * The recording's history, brought up to the context's push: one per recording, shared by the rules that need it,
     * so the model's ecommerce is compared and copied once per push. Every such rule calls it on every push.
     */
    static EcommerceHistory of(PushContext context) {
        EcommerceHistory history = context.state().fact(EcommerceHistory.class, EcommerceHistory::new);
        history.update(context);
        return history;
    }

    /** Takes the next push, in order; asking again about the same push changes nothing. */
    void update(PushContext context) {
        if (context.push().index() == current) {
            return;
        }
        current = context.push().index();
        JsonNode now = context.modelAfter().get("ecommerce");
        if (now == null || JsValues.isUndefined(now)) {
            now = null;
        }
        before = previous;
        lastWriterBefore = latestWriter;
        if (previous != now && !Objects.equals(previous, now)) {
            Writer writer = new Writer(context.push().index(), context.push().eventName());
            wrote = false;
            record(previous, now, ROOT, writer);
            previous = now;
            // Writers only come in push order, so the latest writer of anything in ecommerce is this push's when it
            // wrote something; else (it only removed parts) it is looked up among those left.
            latestWriter = wrote ? writer : writerOf(ROOT);
        }
    }

    /** The model's {@code ecommerce} before the current push (null when it held none). Do not modify. */
    JsonNode before() {
        return before;
    }

    /** The latest push that wrote the model's ecommerce before the current push, or null. */
    Writer lastWriterBefore() {
        return lastWriterBefore;
    }

    /**
     * The push that left the value at {@code pointer} (an {@code /ecommerce/...} pointer into the model): the latest
     * that wrote it or anything inside it, else the one that wrote its nearest ancestor; null when none did.
     */
    Writer writerOf(String pointer) {
        Writer latest = writers.get(pointer);
        for (Writer inside : writers.subMap(pointer + "/", pointer + "0").values()) {
            if (latest == null || inside.pushIndex() > latest.pushIndex()) {
                latest = inside;
            }
        }
        String ancestor = pointer;
        while (latest == null && ancestor.lastIndexOf('/') > 0) {
            ancestor = ancestor.substring(0, ancestor.lastIndexOf('/'));
            latest = writers.get(ancestor);
        }
        return latest;
    }

    private void record(JsonNode old, JsonNode now, String pointer, Writer writer) {
        if (now == null) {
            forget(pointer);
            return;
        }
        if (old != null && old.isObject() && now.isObject()) {
            Set<String> names = new HashSet<>(old.propertyNames());
            names.addAll(now.propertyNames());
            for (String name : names) {
                recordChild(old.get(name), now.get(name), Pointers.child(pointer, name), writer);
            }
        } else if (old != null && old.isArray() && now.isArray()) {
            for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
                recordChild(old.get(i), now.get(i), Pointers.child(pointer, i), writer);
            }
        } else {
            forget(pointer);
            writers.put(pointer, writer);
            wrote = true;
        }
    }

    private void recordChild(JsonNode old, JsonNode now, String pointer, Writer writer) {
        if (old == null || now == null) {
            forget(pointer);
            if (now != null) {
                writers.put(pointer, writer);
                wrote = true;
            }
        } else if (!old.equals(now)) {
            record(old, now, pointer, writer);
        }
    }

    private void forget(String pointer) {
        writers.remove(pointer);
        Map<String, Writer> inside = writers.subMap(pointer + "/", pointer + "0");
        inside.clear();
    }
}
