package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;

/**
 * Where a line goes in the shuffle: an envelope line to its recording, ordered by {@code seq}; any other line (a bare
 * push, a broken line, a blank file) to its own file, ordered by line, which is how {@code validate} reads a file.
 *
 * @param key {@code "r "} and the recording id, or {@code "f "} and the file name: the two never meet
 * @param order {@code seq}, or the line number
 */
record EnvelopeKey(String key, long order) {

    static final String RECORDING = "r ";
    static final String FILE = "f ";

    static EnvelopeKey of(CaptureLine line) {
        return line.envelope()
                .map(envelope -> new EnvelopeKey(RECORDING + envelope.recording(), envelope.seq()))
                .orElseGet(() -> new EnvelopeKey(FILE + line.file(), line.line()));
    }

    /** The recording id, or the file name. */
    static String name(String key) {
        return key.substring(2);
    }
}
