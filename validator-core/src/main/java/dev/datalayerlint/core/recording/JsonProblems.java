package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jackson's parse errors into one-line input problems a person can act on. */
final class JsonProblems {

    private JsonProblems() {}

    /**
     * @param lineOffset added to Jackson's line, for parsers that see one line of a larger file
     * @param fallback where to report when Jackson gives no location (its size and depth limits do not)
     */
    static InputProblem of(RecordingSource source, JacksonException e, int lineOffset, SourceLocation fallback) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new InputProblem(InputRules.ENCODING, "file is not valid UTF-8", SourceLocation.of(source.name()));
        }
        TokenStreamLocation at = e.getLocation();
        SourceLocation where = at == null || at.getLineNr() < 1
                ? fallback
                : new SourceLocation(source.name(), at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
        return new InputProblem(InputRules.SYNTAX, "invalid JSON: " + plain(e.getOriginalMessage()), where);
    }

    /** Jackson's first line without its internals: source markers and the names of its limit settings. */
    private static String plain(String message) {
        return message.lines()
                .findFirst()
                .orElse("")
                .replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
                .replaceAll(", from `[^`]+`", "");
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
