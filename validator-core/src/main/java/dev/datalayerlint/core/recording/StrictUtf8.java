package dev.datalayerlint.core.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for recordings: a byte sequence that is not UTF-8 is an error to report, never a U+FFFD that silently
 * changes a value (a Latin-1 {@code é} in a product name, or a capture cut mid-character).
 */
final class StrictUtf8 {

    private StrictUtf8() {}

    /** A decoder that reports malformed and unmappable input. */
    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A strict reader over {@code in} that skips a leading byte-order mark, as editors on Windows write one; invalid
     * UTF-8 raises a {@link java.nio.charset.CharacterCodingException}.
     */
    static Reader reader(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder()), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
