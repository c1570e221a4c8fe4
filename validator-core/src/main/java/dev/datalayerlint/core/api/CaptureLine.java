package dev.datalayerlint.core.api;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.recording.Utf8Lines;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One line of an NDJSON capture as a distributed pipeline carries it: the file and 1-based line it was read from and
 * its text. A pipeline groups a capture's envelope lines by recording, on any number of machines, and hands each
 * group to {@link LintProfile#lintLines}; the file and line travel with the text so a broken line is still reported
 * where it is, as {@code validate} reports it.
 *
 * @param file the name findings carry for this line (when the line's push names no script of its own)
 * @param line 1-based line number in {@code file}
 * @param text the line without its line break, or null when it is not UTF-8
 * @param badColumn where the first byte that is not UTF-8 is (1-based) when {@code text} is null; 0 otherwise
 */
public record CaptureLine(String file, int line, String text, int badColumn) implements Serializable {

    /** A line read as text. */
    public static CaptureLine of(String file, int line, String text) {
        return new CaptureLine(file, line, text, 0);
    }

    /**
     * Reads {@code in} line by line, each line decoded on its own as strict UTF-8 (a bad byte costs only its line),
     * exactly as {@code validate} reads an NDJSON file. Does not close {@code in}.
     */
    public static void read(String file, InputStream in, Consumer<CaptureLine> lines) throws IOException {
        Utf8Lines decoded = new Utf8Lines(in);
        int number = 0;
        for (Utf8Lines.Line line; (line = decoded.next()) != null; ) {
            number++;
            lines.accept(new CaptureLine(file, number, line.text(), line.text() == null ? line.badColumn() : 0));
        }
    }

    /**
     * Which recording this line belongs to and where in it, when it is an envelope line (an object with a string
     * {@code recording}, an integer {@code seq} and a {@code push} or {@code hit}); empty for a bare push, a broken
     * line or a blank one, which belong to their file. Only the top-level members are read and the pushes skipped,
     * so a pipeline can key every line cheaply before the shuffle; the linter parses each push once, after it.
     */
    public Optional<Envelope> envelope() {
        if (text == null) {
            return Optional.empty();
        }
        String recording = null;
        Long seq = null;
        boolean payload = false;
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case CaptureEnvelope.RECORDING ->
                        recording = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case CaptureEnvelope.SEQ ->
                        seq = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                    case CaptureEnvelope.PUSH, CaptureEnvelope.HIT -> {
                        payload = true;
                        parser.skipChildren();
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            return Optional.empty(); // broken: reported at its file and line when the linter reads it
        }
        // As CaptureEnvelope.isEnvelope decides for validate (any whole seq, even a negative one), so that a pipeline
        // keys each line where validate reads it; a seq beyond long is read as a bare line and reported by the core.
        return recording != null && seq != null && payload
                ? Optional.of(new Envelope(recording, seq))
                : Optional.empty();
    }

    /** An envelope line's place: its recording and its {@code seq} in it. */
    public record Envelope(String recording, long seq) implements Serializable {}

    /** Whether the line holds nothing but white space and byte order marks (NDJSON readers skip such lines). */
    public boolean isBlank() {
        return text != null && text.replace("\uFEFF", "").isBlank();
    }
}
