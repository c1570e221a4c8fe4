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
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads NDJSON / JSON Lines captures: one push per line, streamed, so memory does not grow with the file. A broken
 * line is reported at its line and column and the following lines are still read. A line of the capture envelope
 * ({@link CaptureEnvelope}: {@code {"recording", "seq", …, "push"}}) is read as the push it carries, located at the
 * script that made it, so bare pushes and browser captures share one reader and one file extension.
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

    /** What each line of a recording becomes: a push, a problem, or nothing (a blank line). */
    private static final class Lines {
        private final RecordingSource source;
        private final PushSink sink;
        private int index;
        private int lineNumber;
        private boolean sawContent;

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
            SourceLocation lineStart = new SourceLocation(source.name(), lineNumber, 1);
            JsonNode payload;
            try {
                payload = Json.MAPPER.readTree(line);
            } catch (JacksonException e) {
                sink.problem(JsonProblems.of(source, e, lineNumber - 1, at));
                return;
            }
            if (!CaptureEnvelope.isEnvelope(payload)) {
                // The line is kept, not indexed: only a push that gets a finding is parsed again, for its positions.
                sink.push(Push.fromJson(
                        index++,
                        payload,
                        at,
                        pointer -> JsonFieldFinder.find(new StringReader(line), lineStart, pointer)));
            } else if (CaptureEnvelope.holdsPush(payload)) {
                sink.push(CaptureEnvelope.toPush(index++, payload, at));
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
