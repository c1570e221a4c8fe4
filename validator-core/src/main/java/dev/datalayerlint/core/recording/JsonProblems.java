package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jackson's parse errors into one-line input problems a person can act on. */
final class JsonProblems {

    private JsonProblems() {}

    static InputProblem of(RecordingSource source, JacksonException e) {
        return of(source, e, 0);
    }

    /** @param lineOffset added to Jackson's line, for parsers that see one line of a larger file */
    static InputProblem of(RecordingSource source, JacksonException e, int lineOffset) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new InputProblem("input.encoding", "file is not valid UTF-8", SourceLocation.of(source.name()));
        }
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(1, at.getLineNr()) + lineOffset;
        int column = at == null ? 0 : Math.max(1, at.getColumnNr());
        return new InputProblem(
                "input.syntax",
                "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                new SourceLocation(source.name(), line, column));
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
