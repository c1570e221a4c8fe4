package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * Reads NDJSON / JSON Lines captures: one push per line, streamed, so memory does not grow with the file. A capture
 * envelope is streamed too when its lines are one recording in {@code seq} order, which a look ahead over the file
 * ({@link EnvelopeScan}) tells; only envelopes of several recordings, or shuffled ones, are held ({@link NdjsonLines}). A broken
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
                if (line.ascii() != null) {
                    lines.accept(line.ascii());
                } else if (line.text() == null) {
                    lines.notUtf8(line.badColumn());
                } else {
                    lines.accept(line.text());
                }
            }
            lines.end();
        } catch (IOException e) {
            lines.unreadable(e);
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

        void accept(byte[] ascii) {
            lines.accept(file, ++lineNumber, ascii);
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
