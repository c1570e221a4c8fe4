package dev.datalayerlint.core.recording;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that keeps what passes through it from the start of the value being parsed, so each element of a JSON
 * dump can keep its own text for its field locator, as an NDJSON push keeps its line. Holding only the element and
 * the parser's read-ahead keeps a big dump's memory flat; holding the whole file for the first finding that needs a
 * field's position did not (a 250 MB dump peaked at 925 MB).
 *
 * <p>Offsets are in characters from the start of the text, as Jackson counts them for a reader.
 */
final class ElementText extends Reader {

    private final Reader in;
    private char[] kept = new char[8192];
    /** Offset of {@code kept[0]} in the whole text. */
    private long keptFrom;
    /** How many characters {@code kept} holds. */
    private int length;
    /** Offset of the value being parsed: what comes before it is dropped when room is needed. */
    private long mark;

    ElementText(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] into, int offset, int count) throws IOException {
        int n = in.read(into, offset, count);
        if (n > 0) {
            if (length + n > kept.length) {
                int drop = (int) Math.min(Math.max(0, mark - keptFrom), length);
                System.arraycopy(kept, drop, kept, 0, length - drop);
                length -= drop;
                keptFrom += drop;
            }
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
            System.arraycopy(into, offset, kept, length, n);
            length += n;
        }
        return n;
    }

    /** The next value starts at {@code offset}: what came before it may be forgotten. */
    void startAt(long offset) {
        mark = offset;
    }

    /** The text from {@code start} (at or after the last {@link #startAt}) up to {@code end}, or null if not kept. */
    String between(long start, long end) {
        if (start < keptFrom || end < start || end > keptFrom + length) {
            return null;
        }
        return new String(kept, (int) (start - keptFrom), (int) (end - start));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
