package dev.datalayerlint.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a purchase needs for a later refund, packed into bytes for the many orders that are never refunded: its
 * transaction id (its length, then a byte per character when they are all Latin-1, else two), the number of its
 * currency in the recording's {@link SharedTexts}, then per line the number of its (item id, item name) pair and the
 * quantity bought; numbers as variable-length numbers (7 bits a byte, the high bit set on all but the last). A
 * catalogue of up to 16,384 pairs and quantities under 128 take 3 bytes a line. Lines that do not fit (a fractional,
 * negative or huge quantity) are not packed at all.
 */
final class PackedLines {

    private PackedLines() {}

    /**
     * The purchase's transaction id, currency number ({@code -1}: none) and lines packed, or null when a line does not
     * fit.
     */
    static byte[] pack(String transactionId, int currency, List<PurchaseLedger.Line> lines, SharedTexts texts) {
        Bytes out = new Bytes(2 + transactionId.length() + 3 * lines.size());
        out.writeText(transactionId);
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

    /** The transaction id of packed bytes. */
    static String transactionId(byte[] packed) {
        Reader in = new Reader(packed);
        int header = in.read();
        char[] id = new char[header >>> 1];
        for (int i = 0; i < id.length; i++) {
            id[i] = in.character(header);
        }
        return new String(id);
    }

    /** Whether the transaction id of packed bytes is {@code id}, without making a string of it. */
    static boolean hasTransactionId(byte[] packed, String id) {
        Reader in = new Reader(packed);
        int header = in.read();
        if (header >>> 1 != id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (in.character(header) != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of the transaction id of packed bytes. */
    static int transactionIdHash(byte[] packed) {
        Reader in = new Reader(packed);
        int header = in.read();
        int hash = 0;
        for (int i = 0; i < header >>> 1; i++) {
            hash = 31 * hash + in.character(header);
        }
        return hash;
    }

    /** The currency number of packed bytes ({@code -1}: none). */
    static int currency(byte[] packed) {
        Reader in = new Reader(packed);
        in.skipText();
        return in.read() - 1;
    }

    static List<PurchaseLedger.Line> unpack(byte[] packed, SharedTexts texts) {
        Reader in = new Reader(packed);
        in.skipText();
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
            room(5);
            while (true) {
                if ((value & ~0x7F) == 0) {
                    bytes[size++] = (byte) value;
                    return;
                }
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
        }

        /** The length and whether any character is past Latin-1, then a byte, or two, per character. */
        void writeText(String text) {
            boolean wide = false;
            for (int i = 0; i < text.length() && !wide; i++) {
                wide = text.charAt(i) > 0xFF;
            }
            write(text.length() << 1 | (wide ? 1 : 0));
            room(wide ? 2 * text.length() : text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (wide) {
                    bytes[size++] = (byte) (c >>> 8);
                }
                bytes[size++] = (byte) c;
            }
        }

        /** Makes room for {@code count} more bytes. */
        private void room(int count) {
            if (size + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + count);
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

        /** The next character of a text whose {@link Bytes#writeText} header was {@code header}. */
        char character(int header) {
            if ((header & 1) == 0) {
                return (char) (bytes[at++] & 0xFF);
            }
            char c = (char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
            at += 2;
            return c;
        }

        void skipText() {
            int header = read();
            at += (header >>> 1) * ((header & 1) + 1);
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
