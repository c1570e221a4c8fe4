package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A guess at what text is, from its first few kilobytes, for the one line that saves a user a trip to the docs when
 * the declared format is wrong: NDJSON or JavaScript piped into a run that reads standard input as JSON, or a saved
 * web page given instead of a recording. Only a hint: the declared format is still what is read.
 */
public final class ContentSniffer {

    /** How much of the input is looked at. */
    static final int HEAD = 8192;

    private static final List<String> HTML_MARKERS = List.of("<!doctype html", "<html", "<head", "<body", "<script");
    private static final List<String> JS_MARKERS =
            List.of("datalayer.push(", "gtag(", "window.datalayer", "var ", "let ", "const ", "//", "/*");

    private ContentSniffer() {}

    /** True when the text starts as an HTML page does. */
    public static boolean looksLikeHtml(byte[] bytes) {
        String head = head(bytes);
        return head.startsWith("<") && HTML_MARKERS.stream().anyMatch(head.toLowerCase(Locale.ROOT)::contains);
    }

    /** The recording format the text looks like, when it clearly looks like one. */
    public static Optional<RecordingFormat> likelyFormat(byte[] bytes) {
        String head = head(bytes);
        if (head.isEmpty() || looksLikeHtml(bytes)) {
            return Optional.empty();
        }
        List<String> lines = Arrays.stream(head.split("\r?\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(2)
                .toList();
        if (lines.size() == 2
                && lines.get(0).startsWith("{")
                && lines.get(0).endsWith("}")
                && lines.get(1).startsWith("{")) {
            return Optional.of(RecordingFormat.NDJSON);
        }
        if (head.startsWith("[") || head.startsWith("{")) {
            return Optional.of(RecordingFormat.JSON);
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (JS_MARKERS.stream().anyMatch(marker -> lower.startsWith(marker) || lower.contains("\n" + marker))
                || lower.contains("datalayer.push(")) {
            return Optional.of(RecordingFormat.JS);
        }
        return Optional.empty();
    }

    /**
     * One line of advice when {@code bytes}, declared as {@code declared}, look like something else; empty when they
     * look like what they were declared to be, or like nothing in particular.
     *
     * @param what how the input is named ({@code standard input})
     * @param formatOption the setting that declares the format ({@code --stdin-format})
     */
    public static Optional<String> hint(byte[] bytes, RecordingFormat declared, String what, String formatOption) {
        if (looksLikeHtml(bytes)) {
            return Optional.of(what + " looks like HTML, not a recording: record a page's pushes with"
                    + " 'datalayer-lint capture URL' (see docs/capture.md)");
        }
        return likelyFormat(bytes)
                .filter(format -> format != declared)
                .map(format -> what + " looks like " + name(format) + ", not " + name(declared) + "; use "
                        + formatOption + " " + format.name().toLowerCase(Locale.ROOT));
    }

    private static String name(RecordingFormat format) {
        return format == RecordingFormat.JS ? "JavaScript" : format.name();
    }

    private static String head(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
    }
}
