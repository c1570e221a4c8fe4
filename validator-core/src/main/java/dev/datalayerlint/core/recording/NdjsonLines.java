package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.FieldLocator;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What each line of an NDJSON recording becomes: a push, a GA4 hit, a problem, or nothing (a blank line). One place
 * decides it, for the file reader and for a pipeline that has grouped a capture's envelope lines by recording, whose
 * lines may come from several files: each line names its own file and line, and push indexes run on across them.
 *
 * <p>Bare pushes are streamed; from the first capture-envelope line on, lines are held to the end, then grouped by
 * {@code recording} and put in {@code seq} order (lines of several journeys may be concatenated or shuffled).
 *
 * <p>Not thread-safe; one per recording.
 */
public final class NdjsonLines {

    private final PushSink sink;
    private int index;
    private boolean sawContent;
    private final List<HeldLine> held = new ArrayList<>();

    /** A line held until the envelope's recordings can be put in {@code seq} order ({@code seq} 0 for a bare push). */
    private record HeldLine(boolean envelope, long seq, JsonNode line, SourceLocation at, FieldLocator fields) {}

    public NdjsonLines(PushSink sink) {
        this.sink = sink;
    }

    /** Reads line {@code lineNumber} (1-based) of {@code file}. */
    public void accept(String file, int lineNumber, String line) {
        int column = firstNonBlank(line);
        if (column < 0) {
            return;
        }
        sawContent = true;
        SourceLocation at = new SourceLocation(file, lineNumber, column + 1);
        JsonNode payload;
        try {
            payload = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            sink.problem(JsonProblems.of(file, e, lineNumber - 1, at));
            return;
        }
        // The line is kept, not indexed: only a push that gets a finding is parsed again, for its positions.
        SourceLocation lineStart = new SourceLocation(file, lineNumber, 1);
        deliver(payload, at, pointer -> JsonFieldFinder.find(new StringReader(line), lineStart, pointer));
    }

    /**
     * Reads line {@code lineNumber} (1-based) of {@code file} given as its bytes, every one printable ASCII or a tab
     * ({@link Utf8Lines.Line#ascii()}), so each byte is one character: the same as {@link #accept(String, int,
     * String)} of their text, parsed without making the text. A line that does not parse is read again as text, so its
     * problem is worded and placed exactly as there. {@code ascii} is kept, not copied.
     */
    public void accept(String file, int lineNumber, byte[] ascii) {
        int column = firstNonBlank(ascii);
        if (column < 0) {
            return;
        }
        JsonNode payload;
        try {
            payload = Json.MAPPER.readTree(ascii);
        } catch (JacksonException e) {
            accept(file, lineNumber, new String(ascii, StandardCharsets.ISO_8859_1));
            return;
        }
        sawContent = true;
        SourceLocation at = new SourceLocation(file, lineNumber, column + 1);
        SourceLocation lineStart = new SourceLocation(file, lineNumber, 1);
        deliver(
                payload,
                at,
                pointer -> JsonFieldFinder.find(
                        new StringReader(new String(ascii, StandardCharsets.ISO_8859_1)), lineStart, pointer));
    }

    private void deliver(JsonNode payload, SourceLocation at, FieldLocator fields) {
        boolean envelope = CaptureEnvelope.isEnvelope(payload);
        if (!envelope && held.isEmpty()) {
            sink.push(Push.fromJson(index++, payload, at, fields));
        } else {
            held.add(new HeldLine(
                    envelope, envelope ? payload.get(CaptureEnvelope.SEQ).asLong() : 0, payload, at, fields));
        }
    }

    /**
     * The lines held since the first envelope line. With one recording, they go out in file order, the envelope lines
     * among them in {@code seq} order. With several, the bare pushes stay the file's own recording and each
     * {@code recording} id is announced to the sink and numbered from 0, its lines in {@code seq} order.
     */
    /** Hands on the lines held so far (a read that failed part-way keeps what it read). */
    public void flushHeld() {
        Map<String, List<HeldLine>> recordings = new LinkedHashMap<>();
        for (HeldLine line : held) {
            if (line.envelope()) {
                recordings
                        .computeIfAbsent(
                                line.line().get(CaptureEnvelope.RECORDING).asString(), id -> new ArrayList<>())
                        .add(line);
            }
        }
        recordings.values().forEach(lines -> lines.sort(Comparator.comparingLong(HeldLine::seq)));
        if (recordings.size() <= 1) {
            Iterator<HeldLine> inSeq = recordings.isEmpty()
                    ? Collections.emptyIterator()
                    : recordings.values().iterator().next().iterator();
            for (HeldLine line : held) {
                emit(line.envelope() ? inSeq.next() : line);
            }
        } else {
            held.stream().filter(line -> !line.envelope()).forEach(this::emit);
            for (Map.Entry<String, List<HeldLine>> recording : recordings.entrySet()) {
                sink.recording(recording.getKey());
                index = 0;
                recording.getValue().forEach(this::emit);
            }
        }
        held.clear();
    }

    private void emit(HeldLine line) {
        if (!line.envelope()) {
            sink.push(Push.fromJson(index++, line.line(), line.at(), line.fields()));
        } else if (CaptureEnvelope.holdsPush(line.line())) {
            sink.push(CaptureEnvelope.toPush(index++, line.line(), line.at()));
        } else {
            sink.hit(line.line().get(CaptureEnvelope.HIT), CaptureEnvelope.sourceOf(line.line(), line.at()));
            for (Push hit : CaptureEnvelope.toHits(index, line.line(), line.at())) {
                sink.push(hit);
                index++;
            }
        }
    }

    /** Line {@code lineNumber} of {@code file} is not UTF-8 from {@code column} on. */
    public void notUtf8(String file, int lineNumber, int column) {
        sawContent = true;
        sink.problem(
                InputRules.ENCODING,
                "line " + lineNumber + " is not valid UTF-8 (from column " + column
                        + "); the other lines are still checked",
                new SourceLocation(file, lineNumber, column));
    }

    /** Reports an empty file at {@code file} when no line had content. */
    public void end(String file) {
        flushHeld();
        if (!sawContent) {
            sink.problem(InputRules.EMPTY, "file is empty: expected one JSON push per line", SourceLocation.of(file));
        }
    }

    /** The 0-based column of an ASCII line's first byte that is not white space, or -1. */
    static int firstNonBlank(byte[] ascii) {
        for (int i = 0; i < ascii.length; i++) {
            if (!Character.isWhitespace((char) ascii[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The 0-based column of a line's first character that is neither white space nor a byte order mark, or -1. */
    static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '\uFEFF') {
                return i;
            }
        }
        return -1;
    }
}
