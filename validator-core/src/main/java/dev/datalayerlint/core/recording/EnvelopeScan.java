package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A cheap look ahead over an NDJSON capture, so its envelope lines can be streamed: whether the envelope lines from a
 * given line to the end are one recording already in {@code seq} order. It reads the source once more, from its
 * start, splitting lines exactly as {@link NdjsonRecordingReader} does, and looks at each line with Jackson's tokens
 * only: the top-level {@code recording}, {@code seq}, {@code push} and {@code hit}; every other value is skipped
 * without being built.
 *
 * <p>Its verdict can only err towards "no" (the lines are then held and sorted, as before): a line it cannot read
 * cannot be read as a tree either (a tree reads the same tokens and decodes them more strictly), so it is a problem
 * line that is no envelope line; a line it reads that a tree rejects only drops out of a sequence that was in order;
 * and a {@code seq} beyond {@code long} says "no".
 */
final class EnvelopeScan {

    private String recording;
    private long lastSeq = Long.MIN_VALUE;
    private boolean inOrder = true;

    private EnvelopeScan() {}

    /**
     * Whether the envelope lines of {@code source} from line {@code fromLine} (1-based) on are one recording in
     * {@code seq} order; false when the source cannot be read again.
     */
    static boolean inOrder(RecordingSource source, int fromLine) {
        EnvelopeScan scan = new EnvelopeScan();
        try {
            Optional<InputStream> bytes = source.openBytes();
            if (bytes.isPresent()) {
                try (InputStream in = bytes.get()) {
                    Utf8Lines lines = new Utf8Lines(in);
                    int number = 0;
                    for (Utf8Lines.Line line; scan.inOrder && (line = lines.next()) != null; ) {
                        if (++number >= fromLine && line.text() != null) {
                            scan.line(line.text());
                        }
                    }
                }
            } else {
                try (Reader reader = source.open();
                        BufferedReader text = new BufferedReader(reader, 1 << 16)) {
                    int number = 0;
                    for (String line; scan.inOrder && (line = text.readLine()) != null; ) {
                        if (++number >= fromLine) {
                            scan.line(line);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException cannotReadAgain) {
            return false;
        }
        return scan.inOrder;
    }

    /** Looks at one line; a line that is not a JSON object, or not an envelope line, changes nothing. */
    private void line(String line) {
        if (NdjsonLines.firstNonBlank(line) < 0) {
            return;
        }
        String id = null;
        boolean seqIsLong = false;
        boolean seqTooBig = false;
        long seq = 0;
        boolean carries = false;
        try (JsonParser parser = Json.MAPPER.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                // a repeated key: the last value counts, as in the tree the line is read into
                switch (name) {
                    case CaptureEnvelope.RECORDING -> id = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case CaptureEnvelope.SEQ -> {
                        seqIsLong = false;
                        seqTooBig = false;
                        if (value == JsonToken.VALUE_NUMBER_INT) {
                            JsonParser.NumberType type = parser.getNumberType();
                            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                                seqIsLong = true;
                                seq = parser.getLongValue();
                            } else {
                                seqTooBig = true;
                            }
                        }
                    }
                    case CaptureEnvelope.PUSH, CaptureEnvelope.HIT -> carries = true;
                    default -> {
                        // not looked at
                    }
                }
                parser.skipChildren();
            }
        } catch (JacksonException broken) {
            return; // a problem line: no push, no envelope line
        }
        if (id == null || !carries || !(seqIsLong || seqTooBig)) {
            return; // a bare push
        }
        if (seqTooBig || (recording != null && !recording.equals(id)) || seq < lastSeq) {
            inOrder = false;
            return;
        }
        recording = id;
        lastSeq = seq;
    }
}
