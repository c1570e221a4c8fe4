package dev.datalayerlint.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A purchase's lines packed one per {@code long}, for the many orders that are never refunded: the number of the
 * {@code item_id} and of the {@code item_name} in the recording's {@link SharedTexts} (24 bits each, 0 for none) and
 * the quantity bought (16 bits). Lines that do not fit (a fractional or huge quantity, a catalogue of 16 million
 * texts) are not packed at all.
 */
final class PackedLines {

    private static final int TEXT_BITS = 24;
    private static final long TEXT_MASK = (1L << TEXT_BITS) - 1;
    private static final long MAX_QUANTITY = 0xFFFF;

    private PackedLines() {}

    /** The lines packed, or null when one of them does not fit. */
    static long[] pack(List<PurchaseLedger.Line> lines) {
        long[] packed = new long[lines.size()];
        for (int i = 0; i < packed.length; i++) {
            PurchaseLedger.Line line = lines.get(i);
            long id = line.idNumber + 1L; // NONE is -1: 0 stands for no text
            long name = line.nameNumber + 1L;
            long quantity;
            try {
                quantity = line.bought.longValueExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
            if (id > TEXT_MASK || name > TEXT_MASK || quantity < 0 || quantity > MAX_QUANTITY) {
                return null;
            }
            packed[i] = id | name << TEXT_BITS | quantity << (2 * TEXT_BITS);
        }
        return packed;
    }

    static List<PurchaseLedger.Line> unpack(long[] packed, SharedTexts texts) {
        List<PurchaseLedger.Line> lines = new ArrayList<>(packed.length);
        for (long line : packed) {
            int id = (int) (line & TEXT_MASK);
            int name = (int) (line >>> TEXT_BITS & TEXT_MASK);
            long quantity = line >>> (2 * TEXT_BITS);
            lines.add(PurchaseLedger.Line.of(id - 1, name - 1, BigDecimal.valueOf(quantity), texts));
        }
        return lines;
    }
}
