package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads NDJSON / JSON Lines captures: one push per line, streamed, so memory does not grow with the file. A broken
 * line is reported at its line and column and the following lines are still read. A line of the capture envelope
 * ({@link CaptureEnvelope}: {@code {"recording", "seq", …, "push"}}) is read as the push it carries, located at the
 * script that made it, so bare pushes and browser captures share one reader and one file extension. A file of bare
 * pushes is streamed; from its first envelope line on, a file is held to the end, then grouped by {@code recording}
 * and put in {@code seq} order (lines of several journeys may be concatenated or shuffled). A GA4 hit line becomes a
 * {@link dev.datalayerlint.core.spi.PushKind#GA4_HIT} entry among the pushes.
 */
public final class NdjsonRecordingReader implements RecordingReader {

    @Override
    public void read(RecordingSource source, PushSink sink) {
        Optional<InputStream> bytes;
        try {
            bytes = source.openBytes();
        } catch (IOException e) {
            sink.problem(
                    InputRules.UNREADABLE,
                    "cannot read file: " + JsonProblems.reason(e),
                    SourceLocation.of(source.name()));
            return;
        }
        if (bytes.isPresent()) {
            readBytes(source, bytes.get(), sink);
        } else {
            readText(source, sink);
        }
    }

    /** Decodes line by line: a line that is not UTF-8 is reported at its line and column, and the others are read. */
    private static void readBytes(RecordingSource source, InputStream stream, PushSink sink) {
        Lines lines = new Lines(source, sink);
        try (InputStream in = stream) {
            Utf8Lines decoded = new Utf8Lines(in);
            for (Utf8Lines.Line line; (line = decoded.next()) != null; ) {
                if (line.text() == null) {
                    lines.notUtf8(line.badColumn());
                } else {
                    lines.accept(line.text());
                }
            }
            lines.end();
        } catch (IOException e) {
            sink.problem(
                    InputRules.UNREADABLE,
                    "cannot read file: " + JsonProblems.reason(e),
                    SourceLocation.of(source.name()));
        }
    }

    /** A line held until the envelope's recordings can be put in {@code seq} order ({@code seq} 0 for a bare push). */
    private record HeldLine(boolean envelope, long seq, JsonNode line, SourceLocation at) {}

    /** What each line of a recording becomes: a push, a problem, or nothing (a blank line). */
    private static final class Lines {
        private final RecordingSource source;
        private final PushSink sink;
        private int index;
        private int lineNumber;
        private boolean sawContent;
        private final List<HeldLine> held = new ArrayList<>();

        Lines(RecordingSource source, PushSink sink) {
            this.source = source;
            this.sink = sink;
        }

        void accept(String line) {
            lineNumber++;
            int column = firstNonBlank(line);
            if (column < 0) {
                return;
            }
            sawContent = true;
            SourceLocation at = new SourceLocation(source.name(), lineNumber, column + 1);
            JsonNode payload;
            try {
                payload = Json.MAPPER.readTree(line);
            } catch (JacksonException e) {
                sink.problem(JsonProblems.of(source, e, lineNumber - 1, at));
                return;
            }
            boolean envelope = CaptureEnvelope.isEnvelope(payload);
            if (!envelope && held.isEmpty()) {
                sink.push(Push.fromJson(index++, payload, at));
            } else {
                held.add(new HeldLine(
                        envelope, envelope ? payload.get(CaptureEnvelope.SEQ).asLong() : 0, payload, at));
            }
        }

        /**
         * The lines held since the first envelope line. With one recording, they go out in file order, the envelope
         * lines among them in {@code seq} order. With several, the bare pushes stay the file's own recording and each
         * {@code recording} id is announced to the sink and numbered from 0, its lines in {@code seq} order.
         */
        private void flushHeld() {
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
                java.util.Iterator<HeldLine> inSeq = recordings.isEmpty()
                        ? java.util.Collections.emptyIterator()
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
                sink.push(Push.fromJson(index++, line.line(), line.at()));
            } else if (CaptureEnvelope.holdsPush(line.line())) {
                sink.push(CaptureEnvelope.toPush(index++, line.line(), line.at()));
            } else {
                for (Push hit : CaptureEnvelope.toHits(index, line.line(), line.at())) {
                    sink.push(hit);
                    index++;
                }
            }
        }

        void notUtf8(int column) {
            lineNumber++;
            sawContent = true;
            sink.problem(
                    InputRules.ENCODING,
                    "line " + lineNumber + " is not valid UTF-8 (from column " + column
                            + "); the other lines are still checked",
                    new SourceLocation(source.name(), lineNumber, column));
        }

        void end() {
            flushHeld();
            if (!sawContent) {
                sink.problem(
                        InputRules.EMPTY,
                        "file is empty: expected one JSON push per line",
                        SourceLocation.of(source.name()));
            }
        }
    }

    /** Reads text a source holds already decoded (a recording held in memory). */
    private static void readText(RecordingSource source, PushSink sink) {
        Lines lines = new Lines(source, sink);
        try (Reader reader = source.open();
                BufferedReader text = new BufferedReader(reader, 1 << 16)) {
            for (String line; (line = text.readLine()) != null; ) {
                lines.accept(line);
            }
            lines.end();
        } catch (CharacterCodingException e) {
            lines.notUtf8(1);
            lines.flushHeld();
        } catch (IOException e) {
            sink.problem(
                    InputRules.UNREADABLE,
                    "cannot read file: " + JsonProblems.reason(e),
                    SourceLocation.of(source.name()));
        }
    }

    private static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '\uFEFF') {
                return i;
            }
        }
        return -1;
    }
}
