package dev.datalayerlint.core.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line and decodes each line on its own, as strict UTF-8. A decoder over the whole stream
 * loses its place at the first bad byte (it reads ahead, so the error surfaces lines early or late, and nothing after
 * it is read); per line, a bad byte costs only its line and is reported exactly there. Lines end at LF; a CR before
 * the LF is dropped (CRLF). A lone CR is not a line break here, as NDJSON and JSON Lines define lines by LF.
 *
 * <p>A line of printable ASCII (and tabs), what a capture almost always is, is valid UTF-8 as it stands: it is not run
 * through the decoder, and its bytes are handed on as they are ({@link Line#ascii()}), so a JSON parser can read them
 * without a string in between.
 */
public final class Utf8Lines {

    /** One line: its text, or where its first invalid byte is ({@code text} null). */
    public static final class Line {
        private final byte[] ascii;
        private String text;
        private final int badColumn;

        private Line(byte[] ascii, String text, int badColumn) {
            this.ascii = ascii;
            this.text = text;
            this.badColumn = badColumn;
        }

        /** The line's text; null when it is not UTF-8. */
        public String text() {
            if (text == null && ascii != null) {
                text = new String(ascii, StandardCharsets.ISO_8859_1);
            }
            return text;
        }

        /**
         * The line's bytes when they are all printable ASCII or tabs (each byte one character of {@link #text()});
         * null otherwise. Not to be changed.
         */
        public byte[] ascii() {
            return ascii;
        }

        /** The 1-based column of the first byte that is not UTF-8, when {@link #text()} is null. */
        public int badColumn() {
            return badColumn;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StrictUtf8.decoder();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean first = true;
    /** Set by {@link #scan}: whether the bytes it passed over are all printable ASCII or tabs. */
    private boolean plain;

    private boolean ended;

    public Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        byte[] line = null;
        bytes.reset();
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    if (bytes.size() == 0) {
                        return null;
                    }
                    break;
                }
            }
            int newline = scan(position);
            if (newline < limit && bytes.size() == 0) {
                // the whole line is in the buffer: one copy
                line = Arrays.copyOfRange(buffer, position, newline);
                position = newline + 1;
                break;
            }
            bytes.write(buffer, position, newline - position);
            if (newline < limit) {
                position = newline + 1;
                break;
            }
            position = limit;
        }
        if (line == null) {
            line = bytes.toByteArray();
            plain = false; // scanned in pieces: checked below
        }
        if (plain && !first) {
            return new Line(line, null, 0); // printable ASCII, as the scan saw: no byte-order mark, no CR
        }
        int start = 0;
        if (first
                && line.length >= 3
                && (line[0] & 0xFF) == 0xEF
                && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            start = 3; // a byte-order mark
        }
        first = false;
        int end = line.length > start && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        if (isPrintableAscii(line, start, end)) {
            return new Line(start == 0 && end == line.length ? line : Arrays.copyOfRange(line, start, end), null, 0);
        }
        return decode(ByteBuffer.wrap(line, start, end - start));
    }

    /**
     * The position of the next LF in the buffer at or after {@code from}, or {@link #limit}; sets {@link #plain} to
     * whether every byte before it is printable ASCII or a tab. Eight bytes at a time while none of them is below
     * 0x20 (LF, tab, CR and the other controls), 0x7F or above (a UTF-8 sequence's bytes); such a word is looked at
     * byte by byte.
     */
    private int scan(int from) {
        boolean printable = true;
        int i = from;
        while (true) {
            while (i + Long.BYTES <= limit && !special((long) WORDS.get(buffer, i))) {
                i += Long.BYTES;
            }
            int wordEnd = Math.min(i + Long.BYTES, limit);
            for (; i < wordEnd; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    plain = printable;
                    return i;
                }
                if (b < 0x20 && b != '\t' || b == 0x7F) { // bytes >= 0x80 are negative
                    printable = false;
                }
            }
            if (i == limit) {
                plain = printable;
                return i;
            }
        }
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether one of the word's eight bytes is below 0x20, is 0x7F, or is 0x80 and above. */
    private static boolean special(long word) {
        long below20 = (word - 0x20 * ONES) & ~word & HIGHS; // exact for bytes below 0x80
        long is7f = ((word ^ 0x7F * ONES) - ONES) & ~(word ^ 0x7F * ONES) & HIGHS;
        return (below20 | is7f | word & HIGHS) != 0;
    }

    private static boolean isPrintableAscii(byte[] line, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = line[i];
            if (b < 0x20 && b != '\t' || b == 0x7F) { // bytes >= 0x80 are negative
                return false;
            }
        }
        return true;
    }

    private Line decode(ByteBuffer input) {
        decoder.reset();
        CharBuffer output = CharBuffer.allocate(input.remaining());
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            return new Line(null, null, output.position() + 1);
        }
        return new Line(null, output.flip().toString(), 0);
    }
}
