package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jackson's parse errors into one-line input problems a person can act on. */
final class JsonProblems {

    private static final String TOKEN = "Unrecognized token '";
    private static final String TOKEN_END = "': was expecting";
    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (PrintableText.EXCERPT + 1) + ",})'");
    private static final int MAX_MESSAGE = 200;

    private JsonProblems() {}

    /**
     * @param lineOffset added to Jackson's line, for parsers that see one line of a larger file
     * @param fallback where to report when Jackson gives no location (its size and depth limits do not)
     */
    static InputProblem of(RecordingSource source, JacksonException e, int lineOffset, SourceLocation fallback) {
        return of(source.name(), e, lineOffset, fallback);
    }

    /** As {@link #of(RecordingSource, JacksonException, int, SourceLocation)}, for a file known by name only. */
    static InputProblem of(String file, JacksonException e, int lineOffset, SourceLocation fallback) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new InputProblem(InputRules.ENCODING, "file is not valid UTF-8", SourceLocation.of(file));
        }
        TokenStreamLocation at = e.getLocation();
        SourceLocation where = at == null || at.getLineNr() < 1
                ? fallback
                : new SourceLocation(file, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
        return new InputProblem(InputRules.SYNTAX, "invalid JSON: " + plain(e.getOriginalMessage()), where);
    }

    /**
     * Jackson's first line without its internals (source markers, the names of its limit settings), with every token
     * it quotes cut to a short, escaped {@linkplain PrintableText#excerpt excerpt}: a file that is not JSON at all (a
     * key, a {@code .env}) must not have its contents copied into a report.
     */
    static String plain(String message) {
        String line = message == null
                ? ""
                : message.lines()
                        .findFirst()
                        .orElse("")
                        .replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
                        .replaceAll(", from `[^`]+`", "");
        int start = line.indexOf(TOKEN);
        int end = line.lastIndexOf(TOKEN_END);
        if (start >= 0 && end > start + TOKEN.length()) {
            int from = start + TOKEN.length();
            line = line.substring(0, from) + PrintableText.excerpt(line.substring(from, end)) + line.substring(end);
        } else {
            line = QUOTED.matcher(line)
                    .replaceAll(m -> Matcher.quoteReplacement("'" + PrintableText.excerpt(m.group(1)) + "'"));
        }
        return PrintableText.escape(line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line);
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
