package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The purchases of one recording and what has been refunded of each, as GA4 would count it. Only the first purchase
 * of a {@code transaction_id} counts (GA4 drops the repeats). A refund whose purchase is not in the recording is not
 * tracked: refunds of older orders are normal.
 */
final class PurchaseLedger {

    private final Map<String, Purchase> purchases = new HashMap<>();
    private int lastPush = -1;
    private Refund lastRefund;

    /**
     * Takes one push in recording order. For a refund of a purchase seen earlier, returns how the refund stands against
     * that purchase <em>before</em> it (then books it); for anything else, null.
     */
    Refund accept(Push push) {
        // Every refund rule of the recording asks about the same push; it is booked once.
        if (push.index() == lastPush) {
            return lastRefund;
        }
        lastPush = push.index();
        lastRefund = weigh(push);
        return lastRefund;
    }

    private Refund weigh(Push push) {
        EcommerceEvent event = EcommerceEvent.of(push);
        if (event == null) {
            return null;
        }
        String transactionId = event.transactionId();
        if (transactionId == null) {
            return null;
        }
        if (event.is("purchase")) {
            purchases.putIfAbsent(transactionId, new Purchase(event));
            return null;
        }
        if (event.is("refund")) {
            Purchase purchase = purchases.get(transactionId);
            return purchase == null ? null : purchase.book(event);
        }
        return null;
    }

    /** One purchase and its refunds so far. */
    static final class Purchase {
        final String transactionId;
        final int pushIndex;
        final BigDecimal value;
        final String currency;
        final List<Line> lines = new ArrayList<>();
        // Indexes of lines, so a purchase of many distinct items is booked in linear time, not items squared.
        private final Map<String, Line> byId = new HashMap<>();
        private final Map<String, Line> byName = new HashMap<>();
        BigDecimal refunded = BigDecimal.ZERO;
        int fullyRefundedBy = -1;

        Purchase(EcommerceEvent event) {
            transactionId = event.transactionId();
            pushIndex = event.push().index();
            value = event.value();
            currency = event.currency();
            ArrayNode items = event.items();
            if (items != null) {
                for (JsonNode item : items) {
                    String id = EcommerceEvent.idText(item.get("item_id"));
                    String name = EcommerceEvent.idText(item.get("item_name"));
                    if (id == null && name == null) {
                        continue;
                    }
                    BigDecimal quantity = quantityOf(item);
                    Line line = id != null ? lineWithId(id) : lineWithName(name);
                    if (line == null) {
                        add(new Line(id, name, quantity == null ? BigDecimal.ONE : quantity));
                    } else if (quantity != null) {
                        line.bought = line.bought.add(quantity);
                    }
                }
            }
        }

        /** What is left to refund, or null when the purchase sent no value. */
        BigDecimal remaining() {
            return value == null ? null : value.subtract(refunded);
        }

        String describe() {
            return "purchase " + transactionId + " (push " + pushIndex + ")";
        }

        /** The first line with {@code item_id} {@code id}, or null. */
        Line lineWithId(String id) {
            return byId.get(id);
        }

        /** The first line with {@code item_name} {@code name} (whatever its id), or null. */
        Line lineWithName(String name) {
            return byName.get(name);
        }

        private void add(Line line) {
            lines.add(line);
            if (line.id != null) {
                byId.putIfAbsent(line.id, line);
            }
            if (line.name != null) {
                byName.putIfAbsent(line.name, line);
            }
        }

        private Refund book(EcommerceEvent event) {
            BigDecimal value = event.value();
            BigDecimal remainingBefore = remaining();
            // A refund of the whole purchase value after a full refund repeats that full refund (a reload, a retry):
            // it is reported as a duplicate full refund, not as an amount above the purchase.
            boolean repeatOfFull =
                    fullyRefundedBy >= 0 && value != null && this.value != null && value.compareTo(this.value) == 0;
            boolean full =
                    value == null || (remainingBefore != null && value.compareTo(remainingBefore) == 0) || repeatOfFull;
            List<RefundItem> items = new ArrayList<>();
            ArrayNode refundedItems = event.items();
            if (refundedItems != null) {
                for (int i = 0; i < refundedItems.size(); i++) {
                    JsonNode item = refundedItems.get(i);
                    String id = EcommerceEvent.idText(item.get("item_id"));
                    String name = EcommerceEvent.idText(item.get("item_name"));
                    if (id == null && name == null) {
                        continue;
                    }
                    Line line = id != null ? lineWithId(id) : lineWithName(name);
                    BigDecimal quantity = item.has("quantity") ? quantityOf(item) : BigDecimal.ONE;
                    BigDecimal refundedBefore = line == null ? BigDecimal.ZERO : line.refunded;
                    items.add(new RefundItem(i, id, name, line, quantity, refundedBefore));
                    if (line != null && quantity != null) {
                        line.refunded = line.refunded.add(quantity);
                    }
                }
            }
            Refund refund = new Refund(event, this, value, refunded, remainingBefore, fullyRefundedBy, full, items);

            refunded = refunded.add(
                    value != null
                            ? value
                            : (remainingBefore != null ? remainingBefore.max(BigDecimal.ZERO) : BigDecimal.ZERO));
            if (full && !event.hasItems()) {
                lines.forEach(line -> line.refunded = line.refunded.max(line.bought));
            }
            boolean nowFully = full || (this.value != null && refunded.compareTo(this.value) >= 0);
            if (nowFully && fullyRefundedBy < 0) {
                fullyRefundedBy = event.push().index();
            }
            return refund;
        }

        private static BigDecimal quantityOf(JsonNode item) {
            return Money.amount(item.get("quantity"));
        }
    }

    /** One product of a purchase: units bought and refunded so far. */
    static final class Line {
        final String id;
        final String name;
        BigDecimal bought;
        BigDecimal refunded = BigDecimal.ZERO;

        Line(String id, String name, BigDecimal bought) {
            // Interned: a capture repeats the same catalogue across thousands of orders.
            this.id = id == null ? null : id.intern();
            this.name = name == null ? null : name.intern();
            this.bought = bought;
        }

        String label() {
            return id != null ? id : name;
        }
    }

    /**
     * One refunded item as it stands before this refund is booked.
     *
     * @param index position in the refund's {@code items}
     * @param line the purchase line it matches (by {@code item_id}, else by {@code item_name}), or null
     * @param quantity units refunded ({@code quantity}, 1 when absent), or null when {@code quantity} is not a number
     * @param refundedBefore units of that line refunded earlier, this refund's earlier items included
     */
    record RefundItem(int index, String id, String name, Line line, BigDecimal quantity, BigDecimal refundedBefore) {

        /** {@code item_id "SKU1"} or {@code item_name "Socks"}: how the refund named it. */
        String describe() {
            return id != null ? "item_id \"" + id + "\"" : "item_name \"" + name + "\"";
        }
    }

    /**
     * A refund weighed against its purchase, all figures as they stood before it.
     *
     * @param value the refund's {@code value}, or null (a full refund)
     * @param refundedBefore value refunded by earlier refunds
     * @param remainingBefore purchase value minus {@code refundedBefore}, or null when the purchase had no value
     * @param fullyRefundedBefore index of the push that completed the refund of the purchase earlier, or -1
     * @param full no value, or a value equal to what remained
     */
    record Refund(
            EcommerceEvent event,
            Purchase purchase,
            BigDecimal value,
            BigDecimal refundedBefore,
            BigDecimal remainingBefore,
            int fullyRefundedBefore,
            boolean full,
            List<RefundItem> items) {

        /** The refund's currency, else the purchase's: for amounts in messages. */
        String currency() {
            return event.currency() != null ? event.currency() : purchase.currency;
        }
    }
}
