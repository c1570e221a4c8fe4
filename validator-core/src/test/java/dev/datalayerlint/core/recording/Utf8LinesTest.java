package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line reader scans eight bytes at a time for LF and for bytes that are not printable ASCII; these tests hold it
 * to a byte-at-a-time reading of the same bytes: every byte value at every position of a word, lines that cross the
 * 64 KiB read buffer, streams that hand out a few bytes per read.
 */
class Utf8LinesTest {

    @Test
    void everyByteValueAtEveryPositionOfAWordIsSeen() throws IOException {
        for (int value = 0; value < 256; value++) {
            for (int at = 0; at < 17; at++) {
                byte[] line = "{\"event\":\"page_view\"}".getBytes(StandardCharsets.US_ASCII);
                byte[] bytes = Arrays.copyOf(line, line.length + 1 + line.length + 1);
                bytes[line.length] = '\n';
                System.arraycopy(line, 0, bytes, line.length + 1, line.length);
                bytes[bytes.length - 1] = '\n';
                bytes[line.length + 1 + at] = (byte) value; // the first line is read apart (its byte-order mark)
                assertThat(read(new ByteArrayInputStream(bytes)))
                        .as("byte 0x%02X at %d", value, at)
                        .isEqualTo(reference(bytes));
            }
        }
    }

    @Test
    void randomStreamsReadAsABytewiseReaderReadsThem() throws IOException {
        Random random = new Random(20261202);
        byte[] alphabet = "{}[]\":,ab01 \t\n\n\r\u007f".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 400; round++) {
            int length = round < 300 ? random.nextInt(200) : 65_536 + random.nextInt(140_000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (random.nextInt(10) == 0) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(100);
                if (pick < 2) {
                    out.write(0x80 + random.nextInt(128)); // a stray byte of a UTF-8 sequence, or a whole one
                } else if (pick < 4) {
                    out.writeBytes("é€".getBytes(StandardCharsets.UTF_8));
                } else if (pick < 4 + (round < 300 ? 20 : 1)) {
                    out.write(alphabet[random.nextInt(alphabet.length)]);
                } else {
                    out.write('a' + random.nextInt(26));
                }
            }
            byte[] bytes = out.toByteArray();
            int chunk = 1 + random.nextInt(round % 2 == 0 ? 13 : 100_000);
            assertThat(read(new Trickle(bytes, chunk))).as("round %d", round).isEqualTo(reference(bytes));
        }
    }

    /** Each line as the reader gives it: its text, or where it stops being UTF-8; and whether its bytes came along. */
    private static List<String> read(InputStream in) throws IOException {
        Utf8Lines lines = new Utf8Lines(in);
        List<String> out = new ArrayList<>();
        for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.ascii() != null) {
                assertThat(new String(line.ascii(), StandardCharsets.ISO_8859_1))
                        .isEqualTo(line.text());
            }
            out.add(
                    line.text() == null
                            ? "bad at " + line.badColumn()
                            : (line.ascii() != null ? "ascii " : "text ") + line.text());
        }
        return out;
    }

    /** The same, byte by byte: split at LF, a CR before LF dropped, a leading byte-order mark dropped. */
    private static List<String> reference(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int from = start;
            if (first
                    && end - start >= 3
                    && (bytes[start] & 0xFF) == 0xEF
                    && (bytes[start + 1] & 0xFF) == 0xBB
                    && (bytes[start + 2] & 0xFF) == 0xBF) {
                from += 3;
            }
            first = false;
            int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
            byte[] line = Arrays.copyOfRange(bytes, from, to);
            boolean ascii = true;
            for (byte b : line) {
                ascii &= !(b < 0x20 && b != '\t' || b == 0x7F);
            }
            if (ascii) {
                out.add("ascii " + new String(line, StandardCharsets.ISO_8859_1));
            } else {
                out.add(decoded(line));
            }
            start = end + 1;
        }
        return out;
    }

    /** Decoded whole; the splitting is what is under test here, not the decoder. */
    private static String decoded(byte[] line) {
        CharBuffer output = CharBuffer.allocate(line.length);
        CoderResult result = StrictUtf8.decoder().decode(ByteBuffer.wrap(line), output, true);
        return result.isError() ? "bad at " + (output.position() + 1) : "text " + output.flip();
    }

    /** A stream that hands out at most {@code chunk} bytes per read, so lines cross reads at every offset. */
    private static final class Trickle extends ByteArrayInputStream {
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            super(bytes);
            this.chunk = chunk;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
