package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Pointers;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * After an ecommerce push, the data model's {@code ecommerce} holds keys or items this push did not send: left over
 * from an earlier push and merged into this event (a full refund that carries the purchase's items, an
 * {@code add_to_cart} with the previous product's price). Each stale part is reported at its path, naming the push
 * that left it. Array elements past the end of what the push sent are reported once, at the first of them.
 */
public final class StaleEcommerceDataRule extends DescribedRule {

    /** Unsent keys of one object examined one by one on one push; the rest are counted in one more finding. */
    static final int LISTED_PER_OBJECT = 10;

    public StaleEcommerceDataRule() {
        super(new RuleDescriptor(
                "ecommerce.stale-data",
                "After an ecommerce push the data model holds ecommerce keys or items that the push did not send",
                Severity.WARNING));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> {
            EcommerceHistory history = EcommerceHistory.of(context);
            EcommerceEvent event = EcommerceEvent.of(context.push());
            if (event == null || !event.isObjectPush()) {
                return;
            }
            JsonNode model = context.modelAfter().get("ecommerce");
            if (model == null || model == event.params()) {
                return; // the push's own ecommerce, merged onto nothing: nothing else is in it
            }
            new Walk(event, history, report).compare(model, event.params(), null);
        };
    }

    /**
     * Where the walk is below {@code ecommerce}, kept as steps and turned into a pointer and a path only for a
     * finding: a push with nothing stale builds no string.
     *
     * @param name the member name, or null for the array element at {@code index}
     */
    private record Step(Step parent, String name, int index) {

        String pointer() {
            String base = parent == null ? "/ecommerce" : parent.pointer();
            return name != null ? Pointers.child(base, name) : Pointers.child(base, index);
        }

        String path() {
            String base = parent == null ? "ecommerce" : parent.path();
            return name != null ? base + "." + name : base + "[" + index + "]";
        }

        static String pointer(Step step) {
            return step == null ? "/ecommerce" : step.pointer();
        }

        static String path(Step step) {
            return step == null ? "ecommerce" : step.path();
        }
    }

    private record Walk(EcommerceEvent event, EcommerceHistory history, Consumer<Violation> report) {

        void compare(JsonNode model, JsonNode sent, Step at) {
            if (model.isObject() && sent.isObject()) {
                // The model holds every key sent (the push was merged into it): the others are the stale ones.
                // Walking them all would cost the model's size on every push, so once the first few have been
                // reported the walk stops and the rest are counted: model size minus the keys sent.
                int sentInModel = 0;
                for (String name : sent.propertyNames()) {
                    if (model.has(name)) {
                        sentInModel++;
                        compare(model.get(name), sent.get(name), new Step(at, name, -1));
                    }
                }
                int notSent = model.size() - sentInModel;
                int seen = 0;
                for (Iterator<Map.Entry<String, JsonNode>> members =
                                model.properties().iterator();
                        members.hasNext() && seen < notSent && seen < LISTED_PER_OBJECT; ) {
                    Map.Entry<String, JsonNode> member = members.next();
                    if (sent.has(member.getKey())) {
                        continue;
                    }
                    seen++;
                    JsonNode modelValue = member.getValue();
                    if (!modelValue.isNull() && !JsValues.isUndefined(modelValue)) {
                        // null or undefined is a cleared key: nothing is sent
                        stale(new Step(at, member.getKey(), -1), 1);
                    }
                }
                if (seen < notSent) {
                    moreStaleKeys(Step.pointer(at), Step.path(at), notSent - seen);
                }
            } else if (model.isArray() && sent.isArray()) {
                for (int i = 0; i < Math.min(model.size(), sent.size()); i++) {
                    compare(model.get(i), sent.get(i), new Step(at, null, i));
                }
                if (model.size() > sent.size()) {
                    stale(new Step(at, null, sent.size()), model.size() - sent.size());
                }
            }
        }

        /** Reports the rest of an object's keys left unsent, without looking at each: at most one per object. */
        private void moreStaleKeys(String pointer, String path, int count) {
            report.accept(new Violation(
                    pointer,
                    String.format(
                            "%s holds %,d more key(s) in the data model that this %s push did not send, not examined"
                                    + " one by one (only the first %d are; any that were cleared to null or"
                                    + " undefined are not stale): tags reading the data model send the others with"
                                    + " this event",
                            path, count, event.name(), LISTED_PER_OBJECT)));
        }

        /** Reports one stale part, unless this push wrote it after all. */
        private void stale(Step at, int count) {
            String pointer = at.pointer();
            String path = at.path();
            EcommerceHistory.Writer writer = latestWriter(pointer, count);
            if (writer != null && writer.pushIndex() == event.push().index()) {
                return; // this push wrote it another way (a dotted key, say): not stale
            }
            String what = count == 1 ? path : path + " and the " + (count - 1) + " element(s) after it";
            String leftBy = writer != null ? ", left by " + writer.describe() + "," : "";
            report.accept(new Violation(
                    pointer,
                    what + " is in the data model" + leftBy + " but was not sent by this " + event.name()
                            + " push: tags reading the data model send it with this event"));
        }

        private EcommerceHistory.Writer latestWriter(String pointer, int count) {
            if (count == 1) {
                return history.writerOf(pointer);
            }
            String arrayPointer = pointer.substring(0, pointer.lastIndexOf('/'));
            int first = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
            EcommerceHistory.Writer latest = null;
            for (int i = first; i < first + count; i++) {
                EcommerceHistory.Writer writer = history.writerOf(Pointers.child(arrayPointer, i));
                if (writer != null && (latest == null || writer.pushIndex() > latest.pushIndex())) {
                    latest = writer;
                }
            }
            return latest;
        }
    }
}
