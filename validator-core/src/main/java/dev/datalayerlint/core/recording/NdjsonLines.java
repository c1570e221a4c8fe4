package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What each line of an NDJSON recording becomes: a push, a problem, or nothing (a blank line, a GA4 hit). One place
 * decides it, for the file reader and for a pipeline that has grouped a capture's envelope lines by recording, whose
 * lines may come from several files: each line names its own file and line, and push indexes run on across them.
 *
 * <p>Not thread-safe; one per recording.
 */
public final class NdjsonLines {

    private final PushSink sink;
    private int index;
    private boolean sawContent;

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
        if (!CaptureEnvelope.isEnvelope(payload)) {
            // The line is kept, not indexed: only a push that gets a finding is parsed again, for its positions.
            SourceLocation lineStart = new SourceLocation(file, lineNumber, 1);
            sink.push(Push.fromJson(
                    index++,
                    payload,
                    at,
                    pointer -> JsonFieldFinder.find(new java.io.StringReader(line), lineStart, pointer)));
        } else if (CaptureEnvelope.holdsPush(payload)) {
            sink.push(CaptureEnvelope.toPush(index++, payload, at));
        } else {
            sink.hit(payload.get(CaptureEnvelope.HIT), CaptureEnvelope.sourceOf(payload, at));
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
        if (!sawContent) {
            sink.problem(InputRules.EMPTY, "file is empty: expected one JSON push per line", SourceLocation.of(file));
        }
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
