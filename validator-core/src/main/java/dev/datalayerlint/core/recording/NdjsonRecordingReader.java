package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.InOrderAhead;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;

/**
 * Reads NDJSON / JSON Lines captures: one push per line, streamed, so memory does not grow with the file. A capture
 * envelope is streamed too when its lines are one recording in {@code seq} order, which a look ahead over the file
 * ({@link EnvelopeScan}) tells; only envelopes of several recordings, or shuffled ones, are held ({@link NdjsonLines}). A broken
 * line is reported at its line and column and the following lines are still read. A line of the capture envelope
 * ({@link CaptureEnvelope}: {@code {"recording", "seq", …, "push"}}) is read as the push it carries, located at the
 * script that made it, so bare pushes and browser captures share one reader and one file extension.
 */
public final class NdjsonRecordingReader implements RecordingReader {

    /**
     * Lines per parsing task when lines are parsed ahead, tasks out at a time at most, and the characters of the lines
     * out at most: 4 MiB, some hundred times what 8 tasks of 256 lines of a capture hold, and a bound on the trees of
     * a file of huge lines.
     */
    private static final int PARSE_CHUNK = 256;

    private static final int PARSES_IN_FLIGHT = 8;

    private static final long PARSE_BUDGET_CHARS = 4L << 20;

    private final Executor parseAhead;

    /** A reader that parses each line on the reading thread. */
    public NdjsonRecordingReader() {
        this(null);
    }

    /**
     * A reader that parses the lines of a file it reads as bytes on {@code parseAhead}, chunk by chunk, while it splits
     * the file on ({@link InOrderAhead}): the first stage of a recording's pipeline. It hands on the same pushes and
     * problems, in the same order, as a reader that parses in turn.
     *
     * @param parseAhead where lines are parsed; null to parse them on the reading thread
     */
    public NdjsonRecordingReader(Executor parseAhead) {
        this.parseAhead = parseAhead;
    }

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
            readBytes(source, bytes.get(), sink, parseAhead);
        } else {
            readText(source, sink);
        }
    }

    /** Decodes line by line: a line that is not UTF-8 is reported at its line and column, and the others are read. */
    private static void readBytes(RecordingSource source, InputStream stream, PushSink sink, Executor parseAhead) {
        Lines lines = new Lines(source, sink);
        InOrderAhead<Utf8Lines.Line, Parsed> ahead = parseAhead == null
                ? null
                : new InOrderAhead<>(
                        parseAhead,
                        PARSE_CHUNK,
                        PARSES_IN_FLIGHT,
                        PARSE_BUDGET_CHARS,
                        NdjsonRecordingReader::length,
                        Parsed::of,
                        lines::accept);
        try (InputStream in = stream) {
            Utf8Lines decoded = new Utf8Lines(in);
            for (Utf8Lines.Line line; (line = decoded.next()) != null; ) {
                if (ahead == null) {
                    lines.accept(new Parsed(line, null));
                } else {
                    ahead.accept(line);
                }
            }
            if (ahead != null) {
                ahead.drain();
            }
            lines.end();
        } catch (IOException e) {
            if (ahead != null) {
                ahead.drain(); // what was read is handed on before the reason it ends
            }
            lines.unreadable(e);
        }
    }

    /** The characters of a line, as many as its bytes when it is ASCII. */
    private static long length(Utf8Lines.Line line) {
        return line.ascii() != null
                ? line.ascii().length
                : line.text() != null ? line.text().length() : 1;
    }

    /**
     * A line and, when it was parsed ahead, its tree.
     *
     * @param tree null when the line is to be parsed as it is handed on: not parsed ahead, blank, not UTF-8, or not
     *     JSON (parsed again on the reading thread, which words the problem exactly as it always does)
     */
    private record Parsed(Utf8Lines.Line line, JsonNode tree) {

        /** Parses a line; runs on the executor, so it reads the line and nothing else. */
        static Parsed of(Utf8Lines.Line line) {
            try {
                if (line.ascii() != null) {
                    byte[] ascii = line.ascii();
                    return new Parsed(line, NdjsonLines.firstNonBlank(ascii) < 0 ? null : Json.MAPPER.readTree(ascii));
                }
                // a line that is not ASCII was decoded when it was read: text() only returns what is there
                String text = line.text();
                return new Parsed(
                        line, text == null || NdjsonLines.firstNonBlank(text) < 0 ? null : Json.MAPPER.readTree(text));
            } catch (RuntimeException | StackOverflowError e) {
                return new Parsed(line, null);
            }
        }
    }

    /** Numbers the lines of one file for {@link NdjsonLines}. */
    private static final class Lines {
        private final String file;
        private final PushSink sink;
        private final NdjsonLines lines;
        private int lineNumber;

        Lines(RecordingSource source, PushSink sink) {
            this.file = source.name();
            this.sink = sink;
            // the source can be opened again: envelope lines already in order are streamed, not held
            this.lines = new NdjsonLines(sink, fromLine -> EnvelopeScan.order(source, fromLine));
        }

        void accept(String line) {
            lines.accept(file, ++lineNumber, line);
        }

        void accept(Parsed parsed) {
            Utf8Lines.Line line = parsed.line();
            if (line.ascii() != null) {
                lines.accept(file, ++lineNumber, line.ascii(), parsed.tree());
            } else if (line.text() == null) {
                notUtf8(line.badColumn());
            } else {
                lines.accept(file, ++lineNumber, line.text(), parsed.tree());
            }
        }

        void notUtf8(int column) {
            lines.notUtf8(file, ++lineNumber, column);
        }

        void end() {
            lines.end(file);
        }

        void flush() {
            lines.flushHeld();
        }

        /** The file could not be read on: what was read is handed on, then the reason. */
        void unreadable(IOException e) {
            lines.flushHeld();
            sink.problem(InputRules.UNREADABLE, "cannot read file: " + JsonProblems.reason(e), SourceLocation.of(file));
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
            lines.flush();
        } catch (IOException e) {
            lines.unreadable(e);
        }
    }
}
