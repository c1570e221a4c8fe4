package dev.datalayerlint.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a purchase needs for a later refund, packed into bytes for the many orders that are never refunded: the number
 * of its currency in the recording's {@link SharedTexts}, then per line the number of its (item id, item name) pair
 * and the quantity bought, each as a variable-length number (7 bits a byte, the high bit set on all but the last). A
 * catalogue of up to 16,384 pairs and quantities under 128 take 3 bytes a line. Lines that do not fit (a fractional,
 * negative or huge quantity) are not packed at all.
 */
final class PackedLines {

    private PackedLines() {}

    /** The purchase's currency number ({@code -1}: none) and lines packed, or null when a line does not fit. */
    static byte[] pack(int currency, List<PurchaseLedger.Line> lines, SharedTexts texts) {
        Bytes out = new Bytes(1 + 3 * lines.size());
        out.write(currency + 1);
        for (PurchaseLedger.Line line : lines) {
            int quantity;
            try {
                quantity = line.bought.intValueExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
            if (quantity < 0) {
                return null;
            }
            out.write(texts.pair(line.idNumber, line.nameNumber));
            out.write(quantity);
        }
        return out.bytes();
    }

    /** The currency number of packed bytes ({@code -1}: none). */
    static int currency(byte[] packed) {
        return new Reader(packed).read() - 1;
    }

    static List<PurchaseLedger.Line> unpack(byte[] packed, SharedTexts texts) {
        Reader in = new Reader(packed);
        in.read(); // the currency
        List<PurchaseLedger.Line> lines = new ArrayList<>();
        while (in.hasMore()) {
            int pair = in.read();
            int quantity = in.read();
            lines.add(PurchaseLedger.Line.of(
                    texts.pairId(pair), texts.pairName(pair), BigDecimal.valueOf(quantity), texts));
        }
        return lines;
    }

    /** Writes non-negative ints as variable-length numbers into an array cut to size at the end. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int value) {
            while (true) {
                if (size + 5 > bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2 + 5);
                }
                if ((value & ~0x7F) == 0) {
                    bytes[size++] = (byte) value;
                    return;
                }
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what {@link Bytes} wrote. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return at < bytes.length;
        }

        int read() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
