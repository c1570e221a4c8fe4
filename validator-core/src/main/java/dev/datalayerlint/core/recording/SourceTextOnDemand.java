package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;

/**
 * The text of a JSON recording, read again only once a finding needs a field's position, and then once for the whole
 * recording: a clean dump is read a single time, as before field positions existed.
 */
final class SourceTextOnDemand {

    private final RecordingSource source;
    private String text;
    private boolean unreadable;

    SourceTextOnDemand(RecordingSource source) {
        this.source = source;
    }

    /**
     * Finds {@code pointer} in the JSON value that starts at character {@code offset} of the text, located at
     * {@code at}.
     */
    Optional<SourceLocation> find(long offset, SourceLocation at, String pointer) {
        Optional<String> whole = text();
        if (whole.isEmpty() || offset < 0) {
            return Optional.empty();
        }
        try (Reader reader = new StringReader(whole.get())) {
            if (reader.skip(offset) != offset) {
                return Optional.empty();
            }
            return JsonFieldFinder.find(reader, at, pointer);
        } catch (IOException cannotHappen) {
            return Optional.empty();
        }
    }

    private synchronized Optional<String> text() {
        if (text == null && !unreadable) {
            try {
                text = source.text();
            } catch (IOException | RuntimeException gone) {
                unreadable = true; // the file changed or went away: findings keep their push's location
            }
        }
        return Optional.ofNullable(text);
    }
}
