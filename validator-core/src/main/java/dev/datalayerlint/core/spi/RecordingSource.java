package dev.datalayerlint.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

/**
 * The text of one recording and the name to report it under. Opening is deferred so large NDJSON captures are
 * streamed rather than loaded.
 */
public interface RecordingSource {

    /** The name findings carry: a path relative to the working directory where there is one. */
    String name();

    /** A fresh reader over the whole text, already decoded (malformed UTF-8 raises an IOException). */
    Reader open() throws IOException;

    /**
     * The undecoded bytes, for a reader that decodes them itself (NDJSON decodes line by line, so one bad byte costs
     * only its line); empty when the source holds text only. Sources that have bytes decode them in {@link #open()}
     * as strict UTF-8 too.
     */
    default Optional<InputStream> openBytes() throws IOException {
        return Optional.empty();
    }

    /** The whole text, for readers that need it at once (a script is parsed whole). */
    default String text() throws IOException {
        try (Reader reader = open()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    /** A recording held in memory, such as a test's pushes. */
    static RecordingSource ofText(String name, String text) {
        return new RecordingSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader open() {
                return new java.io.StringReader(text);
            }

            @Override
            public String text() {
                return text; // not copied again: a script's text can be hundreds of megabytes
            }
        };
    }
}
