package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.values.Pointers;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GA4 ecommerce event as a push carries it: {@code {event: "refund", ecommerce: {...}}} (parameters at
 * {@code /ecommerce}) or {@code gtag("event", "refund", {...})} (parameters at {@code /2}).
 */
final class EcommerceEvent {

    private final Push push;
    private final String name;
    private final ObjectNode params;
    private final String base;

    private EcommerceEvent(Push push, String name, ObjectNode params, String base) {
        this.push = push;
        this.name = name;
        this.params = params;
        this.base = base;
    }

    /** The ecommerce event of a push, or null when the push is not one. */
    static EcommerceEvent of(Push push) {
        String name = push.eventName();
        if (name == null) {
            return null;
        }
        if (push.kind() == PushKind.OBJECT && push.payload().get("ecommerce") instanceof ObjectNode params) {
            return new EcommerceEvent(push, name, params, "/ecommerce");
        }
        if (push.kind() == PushKind.GTAG && push.payload().get(2) instanceof ObjectNode params) {
            return new EcommerceEvent(push, name, params, "/2");
        }
        return null;
    }

    Push push() {
        return push;
    }

    String name() {
        return name;
    }

    boolean is(String eventName) {
        return name.equals(eventName);
    }

    /** True for {@code dataLayer.push({event, ecommerce})}, whose parameters GTM merges into its data model. */
    boolean isObjectPush() {
        return push.kind() == PushKind.OBJECT;
    }

    ObjectNode params() {
        return params;
    }

    /** {@code transaction_id} as text (a number is accepted as GA4 reads it), or null. */
    String transactionId() {
        return idText(params.get("transaction_id"));
    }

    BigDecimal value() {
        return Money.amount(params.get("value"));
    }

    String currency() {
        JsonNode currency = params.get("currency");
        return currency != null && currency.isString() && !currency.asString().isBlank() ? currency.asString() : null;
    }

    /** The {@code items} array, or null when there is none. */
    ArrayNode items() {
        return params.get("items") instanceof ArrayNode items ? items : null;
    }

    boolean hasItems() {
        ArrayNode items = items();
        return items != null && !items.isEmpty();
    }

    /** Pointer to a parameter: {@code pointer("items", 2)} is {@code /ecommerce/items/2} or {@code /2/items/2}. */
    String pointer(Object... tokens) {
        String pointer = base;
        for (Object token : tokens) {
            pointer = token instanceof Integer index
                    ? Pointers.child(pointer, index)
                    : Pointers.child(pointer, token.toString());
        }
        return pointer;
    }

    /** {@code push 3 (refund)}: how messages name this push. */
    String describe() {
        return describe(push.index(), name);
    }

    static String describe(int pushIndex, String eventName) {
        return "push " + pushIndex + (eventName != null ? " (" + eventName + ")" : "");
    }

    /** An identifier as GA4 reads it: a non-blank string, or a whole number written out; else null. */
    static String idText(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.asString().isBlank() ? null : node.asString();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return null;
    }
}
