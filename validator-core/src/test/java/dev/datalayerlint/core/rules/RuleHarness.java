package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.model.DataLayerModel;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushContext;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RecordingState;
import dev.datalayerlint.core.spi.Rule;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over a recording the way the engine does: model first, then each check with the live model. */
final class RuleHarness {

    /** What a check reported, with the push it reported on. */
    record Found(String rule, int push, String pointer, String message) {
        @Override
        public String toString() {
            return rule + " @" + push + " " + pointer + ": " + message;
        }
    }

    /** Purchase T1: 2 × SKU1 at 10.00 and 1 × SKU2 at 30.00, value 50.00 USD. */
    static final String PURCHASE_T1 =
            "{event: 'purchase', ecommerce: {transaction_id: 'T1', currency: 'USD', value: 50.00,"
                    + " items: [{item_id: 'SKU1', item_name: 'Socks', price: 10.00, quantity: 2},"
                    + " {item_id: 'SKU2', item_name: 'Hat', price: 30.00, quantity: 1}]}}";

    static final String CLEAR = "{ecommerce: null}";

    private RuleHarness() {}

    static List<Found> run(Rule rule, TestPushes recording) {
        return run(List.of(rule), recording);
    }

    static List<Found> run(List<Rule> rules, TestPushes recording) {
        DataLayerModel model = new DataLayerModel();
        RecordingState state = new RecordingState();
        List<RecordingCheck> checks = rules.stream().map(Rule::start).toList();
        List<Found> found = new ArrayList<>();
        for (Push push : recording.pushes()) {
            model.apply(push);
            PushContext context = new PushContext(push, model.state(), state);
            for (int i = 0; i < rules.size(); i++) {
                String id = rules.get(i).descriptor().id();
                checks.get(i).onPush(context, v -> found.add(new Found(id, push.index(), v.pointer(), v.message())));
            }
        }
        return found;
    }

    /** A refund push of T1 with the given ecommerce members after {@code transaction_id}. */
    static String refund(String members) {
        return "{event: 'refund', ecommerce: {transaction_id: 'T1'" + (members.isEmpty() ? "" : ", " + members) + "}}";
    }
}
