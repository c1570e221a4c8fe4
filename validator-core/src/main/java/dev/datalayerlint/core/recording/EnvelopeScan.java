package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.recording.NdjsonLines.Order;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A cheap look ahead over an NDJSON capture, so its envelope lines can be streamed: whether the envelope lines from a
 * given line to the end are already in the order they are handed on in, one recording in {@code seq} order, or
 * several recordings one after the other, each in {@code seq} order (what the browser capture and a concatenation of
 * its files give). It reads the source once more, from its start, splitting lines exactly as
 * {@link NdjsonRecordingReader} does, and reads each line with Jackson's tokens only, building no tree: the
 * top-level {@code recording}, {@code seq}, {@code push} and {@code hit} are looked at, every string is decoded (so
 * a bad escape fails here as it fails in a tree) and content after the object fails the line.
 *
 * <p>Its verdict can only err towards "not in order" (the lines are then held and sorted): a line it cannot read
 * cannot be read as a tree either (a tree reads the same tokens and decodes them no less strictly), so it is a
 * problem line that is no envelope line; and a {@code seq} beyond {@code long} says "not in order". With several
 * recordings, a line that is not an envelope line after the first one (a bare push or a problem, which go with the
 * file's own recording, before the others) says "not in order" too.
 */
final class EnvelopeScan {

    private final Set<String> finished = new HashSet<>();
    private String recording;
    private long lastSeq = Long.MIN_VALUE;
    private boolean inOrder = true;
    private boolean otherLines;

    private EnvelopeScan() {}

    /**
     * The order of the envelope lines of {@code source} from line {@code fromLine} (1-based) on; not in order when
     * the source cannot be read again.
     */
    static Order order(RecordingSource source, int fromLine) {
        EnvelopeScan scan = new EnvelopeScan();
        try {
            Optional<InputStream> bytes = source.openBytes();
            if (bytes.isPresent()) {
                try (InputStream in = bytes.get()) {
                    Utf8Lines lines = new Utf8Lines(in);
                    int number = 0;
                    for (Utf8Lines.Line line; scan.inOrder && (line = lines.next()) != null; ) {
                        if (++number >= fromLine) {
                            if (line.text() == null) {
                                scan.otherLines = true; // a line that is not UTF-8: a problem
                            } else {
                                scan.line(line.text());
                            }
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
            return Order.HELD;
        }
        if (!scan.inOrder) {
            return Order.HELD;
        }
        if (scan.finished.isEmpty()) {
            return Order.ONE_RECORDING;
        }
        return scan.otherLines ? Order.HELD : Order.RECORDINGS_IN_TURN;
    }

    /** Looks at one line: an envelope line moves the order on; any other line with content is noted. */
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
                otherLines = true;
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
                readValue(parser, value);
            }
            if (parser.nextToken() != null) {
                inOrder = false; // content after the object: whether a tree takes it is not for the look ahead to say
                return;
            }
        } catch (JacksonException broken) {
            otherLines = true; // a problem line: no push, no envelope line
            return;
        }
        if (id == null || !carries || !(seqIsLong || seqTooBig)) {
            otherLines = true; // a bare push
            return;
        }
        if (recording != null && !recording.equals(id)) {
            finished.add(recording);
            lastSeq = Long.MIN_VALUE;
        }
        if (seqTooBig || finished.contains(id) || seq < lastSeq) {
            inOrder = false;
            return;
        }
        recording = id;
        lastSeq = seq;
    }

    /** Reads the value the parser is at to its end, decoding its strings (the tree it becomes decodes them too). */
    private static void readValue(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            parser.getString();
        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING) {
                    parser.getString();
                } else if (token == null) {
                    throw new IllegalStateException("a line ended inside a value");
                }
            }
        }
    }
}
