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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What each line of an NDJSON recording becomes: a push, a GA4 hit, a problem, or nothing (a blank line). One place
 * decides it, for the file reader and for a pipeline that has grouped a capture's envelope lines by recording, whose
 * lines may come from several files: each line names its own file and line, and push indexes run on across them.
 *
 * <p>Bare pushes are streamed. At the first capture-envelope line, the {@link LookAhead} it was given says in what
 * {@link Order} the envelope lines from there on are: one recording in {@code seq} order (a file the browser capture
 * wrote), or several one after the other (such files concatenated); then they are streamed too, each recording
 * announced as it starts, so memory does not grow with the file. Otherwise (shuffled lines, or no look ahead) the lines
 * from there on are held to the end as their text, not as parsed trees, then grouped by {@code recording} and put in
 * {@code seq} order, and parsed again as they are handed on.
 *
 * <p>Not thread-safe; one per recording.
 */
public final class NdjsonLines {

    /** In what order a capture's envelope lines are, from its first envelope line to its end. */
    public enum Order {
        /** Unknown, or not in the order they are handed on in: held to the end, grouped and sorted. */
        HELD,
        /** One recording in {@code seq} order (bare pushes and problems may come among its lines): streamed. */
        ONE_RECORDING,
        /**
         * Several recordings one after the other, each in {@code seq} order, with no other line among them: streamed,
         * each announced as it starts.
         */
        RECORDINGS_IN_TURN
    }

    /** A look ahead over a capture: the {@link Order} of its envelope lines from a line on. */
    @FunctionalInterface
    public interface LookAhead {

        /** No look ahead: envelope lines are held. */
        LookAhead NONE = fromLine -> Order.HELD;

        /** The order of the envelope lines from {@code fromLine} (1-based, the first envelope line) to the end. */
        Order from(int fromLine);
    }

    private final PushSink sink;
    private final LookAhead lookAhead;
    private int index;
    private boolean sawContent;
    private final List<HeldLine> held = new ArrayList<>();
    /** One instance per recording id, so held lines share it. */
    private final Map<String, String> ids = new HashMap<>();
    /** How the envelope lines are handed on, once the first is read; then the recording and last seq streamed. */
    private Order order;

    private String streamedRecording;
    private long streamedSeq = Long.MIN_VALUE;
    private final Set<String> streamedBefore = new HashSet<>();

    /**
     * A line held until the envelope's recordings can be put in {@code seq} order: its text, parsed again when it is
     * handed on, where it is, and for an envelope line its recording and {@code seq} (null and 0 for a bare push).
     */
    private record HeldLine(String file, int lineNumber, int column, String text, String recording, long seq) {

        boolean envelope() {
            return recording != null;
        }
    }

    public NdjsonLines(PushSink sink) {
        this(sink, LookAhead.NONE);
    }

    /** Lines whose envelope part, if any, {@code lookAhead} can look at (a file read again). */
    public NdjsonLines(PushSink sink, LookAhead lookAhead) {
        this.sink = sink;
        this.lookAhead = lookAhead;
    }

    /** Reads line {@code lineNumber} (1-based) of {@code file}. */
    public void accept(String file, int lineNumber, String line) {
        accept(file, lineNumber, line, null);
    }

    /**
     * As {@link #accept(String, int, String)}, with the line's tree when it was parsed already ({@code parsed}; null
     * to parse it here).
     */
    public void accept(String file, int lineNumber, String line, JsonNode parsed) {
        int column = firstNonBlank(line);
        if (column < 0) {
            return;
        }
        sawContent = true;
        SourceLocation at = new SourceLocation(file, lineNumber, column + 1);
        JsonNode payload;
        try {
            payload = parsed != null ? parsed : Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            if (order == Order.RECORDINGS_IN_TURN) {
                throw changed(at);
            }
            sink.problem(JsonProblems.of(file, e, lineNumber - 1, at));
            return;
        }
        deliver(payload, file, lineNumber, column, at, () -> line);
    }

    /**
     * Reads line {@code lineNumber} (1-based) of {@code file} given as its bytes, every one printable ASCII or a tab
     * ({@link Utf8Lines.Line#ascii()}), so each byte is one character: the same as {@link #accept(String, int,
     * String)} of their text, parsed without making the text. A line that does not parse is read again as text, so its
     * problem is worded and placed exactly as there. {@code ascii} is kept, not copied.
     */
    public void accept(String file, int lineNumber, byte[] ascii) {
        accept(file, lineNumber, ascii, null);
    }

    /**
     * As {@link #accept(String, int, byte[])}, with the line's tree when it was parsed already ({@code parsed}; null
     * to parse it here).
     */
    public void accept(String file, int lineNumber, byte[] ascii, JsonNode parsed) {
        int column = firstNonBlank(ascii);
        if (column < 0) {
            return;
        }
        JsonNode payload;
        try {
            payload = parsed != null ? parsed : Json.MAPPER.readTree(ascii);
        } catch (JacksonException e) {
            accept(file, lineNumber, new String(ascii, StandardCharsets.ISO_8859_1));
            return;
        }
        sawContent = true;
        SourceLocation at = new SourceLocation(file, lineNumber, column + 1);
        deliver(payload, file, lineNumber, column, at, () -> new String(ascii, StandardCharsets.ISO_8859_1));
    }

    /** Streams or holds a parsed line; {@code line} gives its text, made only when it is held or located in. */
    private void deliver(
            JsonNode payload, String file, int lineNumber, int column, SourceLocation at, Supplier<String> line) {
        boolean envelope = CaptureEnvelope.isEnvelope(payload);
        if (envelope && !payload.get(CaptureEnvelope.SEQ).canConvertToLong()) {
            if (order == Order.RECORDINGS_IN_TURN) {
                throw changed(at); // the look ahead holds such a file instead of streaming it
            }
            sink.problem(
                    InputRules.SYNTAX,
                    "capture envelope line " + lineNumber + " has seq " + payload.get(CaptureEnvelope.SEQ)
                            + ", beyond the whole numbers a capture orders its lines by (at most "
                            + Long.MAX_VALUE + "); the line is not read",
                    at);
            return;
        }
        if (envelope && order == null) {
            order = lookAhead.from(lineNumber);
        }
        boolean streaming = order == Order.ONE_RECORDING || order == Order.RECORDINGS_IN_TURN;
        if (streaming) {
            streamInOrder(envelope, payload, at);
        }
        if (streaming || (!envelope && held.isEmpty())) {
            emit(envelope, payload, file, lineNumber, at, line);
        } else if (envelope) {
            String id = payload.get(CaptureEnvelope.RECORDING).asString();
            held.add(new HeldLine(
                    file,
                    lineNumber,
                    column + 1,
                    line.get(),
                    ids.computeIfAbsent(id, same -> same),
                    payload.get(CaptureEnvelope.SEQ).asLong()));
        } else {
            held.add(new HeldLine(file, lineNumber, column + 1, line.get(), null, 0));
        }
    }

    /**
     * A streamed line must be in the order the look ahead saw: an envelope line of the same recording has a {@code
     * seq} no lower than the last; with several recordings, each starts once (and is announced then) and no other line
     * comes among them. A file that changed between the look ahead and the read fails here rather than being read out
     * of order.
     */
    private void streamInOrder(boolean envelope, JsonNode payload, SourceLocation at) {
        if (!envelope) {
            if (order == Order.RECORDINGS_IN_TURN) {
                throw changed(at);
            }
            return;
        }
        String id = payload.get(CaptureEnvelope.RECORDING).asString();
        long seq = payload.get(CaptureEnvelope.SEQ).asLong();
        if (!id.equals(streamedRecording)) {
            if (streamedRecording != null && order == Order.ONE_RECORDING) {
                throw changed(at);
            }
            if (streamedRecording != null) {
                streamedBefore.add(streamedRecording);
            }
            if (!streamedBefore.isEmpty() && streamedBefore.contains(id)) {
                throw changed(at);
            }
            if (order == Order.RECORDINGS_IN_TURN) {
                sink.recording(id);
                index = 0;
            }
            streamedRecording = id;
        } else if (seq < streamedSeq) {
            throw changed(at);
        }
        streamedSeq = seq;
    }

    private static IllegalStateException changed(SourceLocation at) {
        return new IllegalStateException(
                "the capture changed while it was read: line " + at.line() + " is not in the order a first read found");
    }

    /**
     * Hands on the lines held so far (a read that failed part-way keeps what it read). With one recording, they go out
     * in file order, the envelope lines among them in {@code seq} order. With several, the bare pushes stay the file's
     * own recording and each {@code recording} id is announced to the sink and numbered from 0, its lines in {@code
     * seq} order.
     */
    public void flushHeld() {
        Map<String, List<HeldLine>> recordings = new LinkedHashMap<>();
        for (HeldLine line : held) {
            if (line.envelope()) {
                recordings
                        .computeIfAbsent(line.recording(), id -> new ArrayList<>())
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
        ids.clear();
    }

    private void emit(HeldLine line) {
        // the text was read as JSON once already: it reads the same again
        JsonNode payload = Json.MAPPER.readTree(line.text());
        SourceLocation at = new SourceLocation(line.file(), line.lineNumber(), line.column());
        emit(line.envelope(), payload, line.file(), line.lineNumber(), at, line::text);
    }

    private void emit(
            boolean envelope, JsonNode payload, String file, int lineNumber, SourceLocation at, Supplier<String> text) {
        if (!envelope) {
            // The line is kept, not indexed: only a push that gets a finding is parsed again, for its positions.
            SourceLocation lineStart = new SourceLocation(file, lineNumber, 1);
            FieldLocator fields = pointer -> JsonFieldFinder.find(new StringReader(text.get()), lineStart, pointer);
            sink.push(Push.fromJson(index++, payload, at, fields));
        } else if (CaptureEnvelope.holdsPush(payload)) {
            sink.push(CaptureEnvelope.toPush(index++, payload, at));
        } else {
            sink.hit(payload.get(CaptureEnvelope.HIT), CaptureEnvelope.sourceOf(payload, at));
            for (Push hit : CaptureEnvelope.toHits(index, payload, at)) {
                sink.push(hit);
                index++;
            }
        }
    }

    /** Line {@code lineNumber} of {@code file} is not UTF-8 from {@code column} on. */
    public void notUtf8(String file, int lineNumber, int column) {
        sawContent = true;
        if (order == Order.RECORDINGS_IN_TURN) {
            throw changed(new SourceLocation(file, lineNumber, column));
        }
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
