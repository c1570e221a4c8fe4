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
 *
 * <p>A capture of hours holds hundreds of thousands of orders, nearly all never refunded, and the ledger keeps every
 * one until the recording ends. So an order is held compactly until its first refund: its value as an unscaled long
 * and a scale, and a few bytes ({@link PackedLines}) holding its transaction id and numbering its currency and each
 * line's item id and name in one table per recording (a capture repeats the same catalogue across thousands of orders)
 * with the quantity bought. An order of ten items from a catalogue of thousands takes about 110 bytes, 125 with a
 * 16-character transaction id ({@code PurchaseLedgerMemoryTest} counts them). The first refund unpacks the lines into {@link Line}s, which then carry what has been refunded.
 */
final class PurchaseLedger {

    private final Transactions purchases = new Transactions();
    private final SharedTexts texts = new SharedTexts();
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

    /** The purchases held, for a test that counts what they retain. */
    Transactions purchases() {
        return purchases;
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
            if (purchases.get(transactionId) == null) {
                purchases.add(new Purchase(event, texts));
            }
            return null;
        }
        if (event.is("refund")) {
            Purchase purchase = purchases.get(transactionId);
            return purchase == null ? null : purchase.book(event, texts);
        }
        return null;
    }

    /** One purchase and its refunds so far. */
    static final class Purchase {
        final int pushIndex;
        /**
         * The value as {@code unscaled × 10^-scale}; {@link #NO_VALUE} as the scale when the purchase sent none,
         * {@link #WIDE} when its digits do not fit a long (never in practice: it is then kept in {@link Booked}).
         */
        private final long unscaled;

        private final int scale;
        /** The currency and lines packed by {@link PackedLines} until the first refund; null after it, or if unpacked. */
        private byte[] packed;
        /** The currency and lines once unpacked (or when they could not be packed), with the refunds so far. */
        private Booked booked;

        private static final int NO_VALUE = Integer.MIN_VALUE;
        private static final int WIDE = Integer.MAX_VALUE;

        Purchase(EcommerceEvent event, SharedTexts texts) {
            String transactionId = event.transactionId();
            pushIndex = event.push().index();
            BigDecimal value = event.value();
            String currencyText = event.currency();
            int currency = currencyText == null ? Line.NONE : texts.number(currencyText);
            List<Line> lines = linesOf(event, texts);
            BigDecimal wideValue = null;
            if (value == null) {
                unscaled = 0;
                scale = NO_VALUE;
            } else if (value.unscaledValue().bitLength() < 64 && value.scale() != NO_VALUE && value.scale() != WIDE) {
                unscaled = value.unscaledValue().longValue();
                scale = value.scale();
            } else {
                unscaled = 0;
                scale = WIDE;
                wideValue = value;
            }
            packed = wideValue == null ? PackedLines.pack(transactionId, currency, lines, texts) : null;
            if (packed == null) {
                booked = new Booked(
                        transactionId, currency == Line.NONE ? null : texts.text(currency), lines, wideValue);
            }
        }

        private static List<Line> linesOf(EcommerceEvent event, SharedTexts texts) {
            List<Line> lines = new ArrayList<>();
            ArrayNode items = event.items();
            if (items == null) {
                return lines;
            }
            // Most orders have a few items: their lines are searched in order, and indexed only for a long order.
            Map<String, Line> byId = null;
            Map<String, Line> byName = null;
            for (JsonNode item : items) {
                String id = EcommerceEvent.idText(item.get("item_id"));
                String name = EcommerceEvent.idText(item.get("item_name"));
                if (id == null && name == null) {
                    continue;
                }
                BigDecimal quantity = quantityOf(item);
                Line line;
                if (byId != null) {
                    line = id != null ? byId.get(id) : byName.get(name);
                } else {
                    line = id != null ? firstWithId(lines, id) : firstWithName(lines, name);
                }
                if (line == null) {
                    line = Line.of(
                            id == null ? Line.NONE : texts.number(id),
                            name == null ? Line.NONE : texts.number(name),
                            quantity == null ? BigDecimal.ONE : quantity,
                            texts);
                    lines.add(line);
                    if (byId == null && lines.size() > INDEXED_FROM) {
                        byId = new HashMap<>();
                        byName = new HashMap<>();
                        for (Line earlier : lines) {
                            if (earlier.id != null) {
                                byId.putIfAbsent(earlier.id, earlier);
                            }
                            if (earlier.name != null) {
                                byName.putIfAbsent(earlier.name, earlier);
                            }
                        }
                    } else if (byId != null) {
                        if (id != null) {
                            byId.putIfAbsent(line.id, line);
                        }
                        if (name != null) {
                            byName.putIfAbsent(line.name, line);
                        }
                    }
                } else if (quantity != null) {
                    line.bought = line.bought.add(quantity);
                }
            }
            return lines;
        }

        /** Lines searched one by one up to this many; past it they are indexed by id and name. */
        private static final int INDEXED_FROM = 8;

        private static Line firstWithId(List<Line> lines, String id) {
            for (Line line : lines) {
                if (id.equals(line.id)) {
                    return line;
                }
            }
            return null;
        }

        private static Line firstWithName(List<Line> lines, String name) {
            for (Line line : lines) {
                if (name.equals(line.name)) {
                    return line;
                }
            }
            return null;
        }

        String transactionId() {
            return booked != null ? booked.transactionId : PackedLines.transactionId(packed);
        }

        /** Whether its {@code transaction_id} is {@code id}: asked for every purchase and refund pushed. */
        boolean hasTransactionId(String id) {
            return booked != null ? booked.transactionId.equals(id) : PackedLines.hasTransactionId(packed, id);
        }

        /** {@code transactionId().hashCode()}, without making the string. */
        int transactionIdHash() {
            return booked != null ? booked.transactionId.hashCode() : PackedLines.transactionIdHash(packed);
        }

        /** The purchase's value, or null when it sent none. */
        BigDecimal value() {
            return scale == NO_VALUE ? null : scale == WIDE ? booked.wideValue : BigDecimal.valueOf(unscaled, scale);
        }

        /** The purchase's currency, or null. Like the lines, asked of a purchase a refund was booked against. */
        String currency() {
            return booked.currency;
        }

        /** The purchased lines in the order they were first pushed. */
        List<Line> lines() {
            return booked.lines;
        }

        /** The bytes its packed currency and lines take, or -1 once unpacked: for a test that counts them. */
        int packedBytes() {
            return packed == null ? -1 : packed.length;
        }

        /** What is left to refund, or null when the purchase sent no value. */
        BigDecimal remaining() {
            BigDecimal value = value();
            return value == null ? null : value.subtract(booked == null ? BigDecimal.ZERO : booked.refunded);
        }

        String describe() {
            return "purchase " + transactionId() + " (push " + pushIndex + ")";
        }

        /** The first line with {@code item_id} {@code id}, or null. */
        Line lineWithId(String id) {
            return booked.byId.get(id);
        }

        /** The first line with {@code item_name} {@code name} (whatever its id), or null. */
        Line lineWithName(String name) {
            return booked.byName.get(name);
        }

        /** The currency and lines unpacked, on the first refund. */
        private Booked booked(SharedTexts texts) {
            if (booked == null) {
                int currency = PackedLines.currency(packed);
                booked = new Booked(
                        PackedLines.transactionId(packed),
                        currency == Line.NONE ? null : texts.text(currency),
                        PackedLines.unpack(packed, texts),
                        null);
                packed = null;
            }
            return booked;
        }

        private Refund book(EcommerceEvent event, SharedTexts texts) {
            Booked state = booked(texts);
            BigDecimal purchaseValue = value();
            BigDecimal value = event.value();
            BigDecimal remainingBefore = remaining();
            // A refund of the whole purchase value after a full refund repeats that full refund (a reload, a retry):
            // it is reported as a duplicate full refund, not as an amount above the purchase.
            boolean repeatOfFull = state.fullyRefundedBy >= 0
                    && value != null
                    && purchaseValue != null
                    && value.compareTo(purchaseValue) == 0;
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
            Refund refund =
                    new Refund(event, this, value, state.refunded, remainingBefore, state.fullyRefundedBy, full, items);

            state.refunded = state.refunded.add(
                    value != null
                            ? value
                            : (remainingBefore != null ? remainingBefore.max(BigDecimal.ZERO) : BigDecimal.ZERO));
            if (full && !event.hasItems()) {
                state.lines.forEach(line -> line.refunded = line.refunded.max(line.bought));
            }
            boolean nowFully = full || (purchaseValue != null && state.refunded.compareTo(purchaseValue) >= 0);
            if (nowFully && state.fullyRefundedBy < 0) {
                state.fullyRefundedBy = event.push().index();
            }
            return refund;
        }

        private static BigDecimal quantityOf(JsonNode item) {
            return Money.amount(item.get("quantity"));
        }
    }

    /** A purchase's currency and lines once a refund needs them, lines indexed by id and name, with its refunds. */
    private static final class Booked {
        final String transactionId;
        final String currency;
        final List<Line> lines;
        /** The value when its digits do not fit a long, else null. */
        final BigDecimal wideValue;

        // Indexes of lines, so a purchase of many distinct items is booked in linear time, not items squared.
        final Map<String, Line> byId = new HashMap<>();
        final Map<String, Line> byName = new HashMap<>();
        BigDecimal refunded = BigDecimal.ZERO;
        int fullyRefundedBy = -1;

        Booked(String transactionId, String currency, List<Line> lines, BigDecimal wideValue) {
            this.transactionId = transactionId;
            this.currency = currency;
            this.lines = lines;
            this.wideValue = wideValue;
            for (Line line : lines) {
                if (line.id != null) {
                    byId.putIfAbsent(line.id, line);
                }
                if (line.name != null) {
                    byName.putIfAbsent(line.name, line);
                }
            }
        }
    }

    /** One product of a purchase: units bought and refunded so far. */
    static final class Line {
        final String id;
        final String name;
        BigDecimal bought;
        BigDecimal refunded = BigDecimal.ZERO;
        /** The numbers of {@link #id} and {@link #name} in the recording's {@link SharedTexts}, {@link #NONE} for none. */
        final int idNumber;

        final int nameNumber;

        static final int NONE = -1;

        private Line(String id, int idNumber, String name, int nameNumber, BigDecimal bought) {
            this.id = id;
            this.idNumber = idNumber;
            this.name = name;
            this.nameNumber = nameNumber;
            this.bought = bought;
        }

        /** The line whose id and name are the texts numbered so in {@code texts} ({@link #NONE}: absent). */
        static Line of(int idNumber, int nameNumber, BigDecimal bought, SharedTexts texts) {
            return new Line(
                    idNumber == NONE ? null : texts.text(idNumber),
                    idNumber,
                    nameNumber == NONE ? null : texts.text(nameNumber),
                    nameNumber,
                    bought);
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
            return event.currency() != null ? event.currency() : purchase.currency();
        }
    }
}
