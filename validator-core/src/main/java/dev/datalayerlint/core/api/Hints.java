package dev.datalayerlint.core.api;

import dev.datalayerlint.core.recording.ContentSniffer;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.values.Spelling;
import java.util.Collection;
import java.util.Optional;

/**
 * The advice a front end gives a user who slipped: the word they probably meant, and what an input looks like when
 * it was declared as something else. Kept in the core so every front end says the same thing.
 */
public final class Hints {

    private Hints() {}

    /** The candidate closest to {@code word} by edit distance, if one is close enough to be what was meant. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return Spelling.closest(word, candidates);
    }

    /**
     * One line of advice when {@code bytes}, declared as {@code declared}, look like something else (NDJSON or a script
     * given as JSON, an HTML page); empty when they look like what they were declared to be.
     *
     * @param what how the input is named ({@code standard input})
     * @param formatOption the setting that declares the format ({@code --stdin-format})
     */
    public static Optional<String> forInput(byte[] bytes, RecordingFormat declared, String what, String formatOption) {
        return ContentSniffer.hint(bytes, declared, what, formatOption);
    }
}
