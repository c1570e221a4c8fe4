package dev.datalayerlint.core.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Reads a byte stream line by line and decodes each line on its own, as strict UTF-8. A decoder over the whole stream
 * loses its place at the first bad byte (it reads ahead, so the error surfaces lines early or late, and nothing after
 * it is read); per line, a bad byte costs only its line and is reported exactly there. Lines end at LF; a CR before
 * the LF is dropped (CRLF). A lone CR is not a line break here, as NDJSON and JSON Lines define lines by LF.
 */
public final class Utf8Lines {

    /** One line: its text, or where its first invalid byte is ({@code text} null). */
    public record Line(String text, int badColumn) {}

    private final InputStream in;
    private final CharsetDecoder decoder = StrictUtf8.decoder();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean first = true;
    private boolean ended;

    public Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
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
            int newline = position;
            while (newline < limit && buffer[newline] != '\n') {
                newline++;
            }
            bytes.write(buffer, position, newline - position);
            if (newline < limit) {
                position = newline + 1;
                break;
            }
            position = limit;
        }
        byte[] line = bytes.toByteArray();
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
        return decode(ByteBuffer.wrap(line, start, end - start));
    }

    private Line decode(ByteBuffer input) {
        decoder.reset();
        CharBuffer output = CharBuffer.allocate(input.remaining());
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            return new Line(null, output.position() + 1);
        }
        return new Line(output.flip().toString(), 0);
    }
}
