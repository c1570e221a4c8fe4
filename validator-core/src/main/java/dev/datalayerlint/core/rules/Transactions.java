package dev.datalayerlint.core.rules;

import java.util.function.Consumer;

/**
 * The purchases of a recording by {@code transaction_id}: an open-addressing table of the purchases themselves,
 * since a purchase already holds its id. A {@code HashMap} would add a 32-byte entry per order to a table that holds
 * hundreds of thousands of them.
 */
final class Transactions {

    private PurchaseLedger.Purchase[] slots = new PurchaseLedger.Purchase[16];
    private int size;

    PurchaseLedger.Purchase get(String transactionId) {
        int mask = slots.length - 1;
        for (int i = transactionId.hashCode() & mask; ; i = (i + 1) & mask) {
            PurchaseLedger.Purchase purchase = slots[i];
            if (purchase == null || purchase.hasTransactionId(transactionId)) {
                return purchase;
            }
        }
    }

    /** Adds a purchase whose id is not in the table yet. */
    void add(PurchaseLedger.Purchase purchase) {
        if (2 * (size + 1) > slots.length) {
            PurchaseLedger.Purchase[] old = slots;
            slots = new PurchaseLedger.Purchase[old.length * 2];
            for (PurchaseLedger.Purchase moved : old) {
                if (moved != null) {
                    place(moved);
                }
            }
        }
        place(purchase);
        size++;
    }

    int size() {
        return size;
    }

    /** Each purchase held, in no particular order: for a test that counts what they retain. */
    void forEach(Consumer<PurchaseLedger.Purchase> action) {
        for (PurchaseLedger.Purchase purchase : slots) {
            if (purchase != null) {
                action.accept(purchase);
            }
        }
    }

    /** The table's length: two slots per purchase at most, one at least once it has grown. */
    int capacity() {
        return slots.length;
    }

    private void place(PurchaseLedger.Purchase purchase) {
        int mask = slots.length - 1;
        int i = purchase.transactionIdHash() & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = purchase;
    }
}
