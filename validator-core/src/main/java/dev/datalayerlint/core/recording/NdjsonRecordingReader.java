package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
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
        int index = 0;
        int lineNumber = 0;
        boolean sawContent = false;
        try (Reader reader = source.open();
                BufferedReader lines = new BufferedReader(reader, 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                int column = firstNonBlank(line);
                if (column < 0) {
                    continue;
                }
                sawContent = true;
                try {
                    JsonNode payload = Json.MAPPER.readTree(line);
                    SourceLocation here = new SourceLocation(source.name(), lineNumber, column + 1);
                    if (!CaptureEnvelope.isEnvelope(payload)) {
                        sink.push(Push.fromJson(index++, payload, here));
                    } else if (CaptureEnvelope.holdsPush(payload)) {
                        sink.push(CaptureEnvelope.toPush(index++, payload, here));
                    }
                } catch (JacksonException e) {
                    sink.problem(JsonProblems.of(
                            source, e, lineNumber - 1, new SourceLocation(source.name(), lineNumber, column + 1)));
                }
            }
            if (!sawContent) {
                sink.problem(
                        InputRules.EMPTY,
                        "file is empty: expected one JSON push per line",
                        SourceLocation.of(source.name()));
            }
        } catch (CharacterCodingException e) {
            sink.problem(
                    InputRules.ENCODING,
                    "file is not valid UTF-8 (at line " + (lineNumber + 1) + ")",
                    new SourceLocation(source.name(), lineNumber + 1, 1));
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
