package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.PrintableText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escaping for the HTML report. Every piece of text in it (file names, keys, values, messages, rule ids) may come
 * from a hostile input, so each goes through {@link #text} or {@link #lines}: the characters that would start markup
 * or end an attribute ({@code & < > " '}) become entities, and what a reader would misread (control and
 * bidirectional characters, lone surrogates) becomes a visible escape first, as in every other format.
 */
final class Html {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private Html() {}

    /** Text for an element or a quoted attribute, on one line. */
    static String text(String value) {
        return entities(PrintableText.escape(value == null ? "" : value));
    }

    /** Text for a {@code <pre>}: line feeds and tabs kept. */
    static String lines(String value) {
        return entities(PrintableText.escapeKeepingLines(value == null ? "" : value));
    }

    private static String entities(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(entity != null ? entity : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A link to a rule's page: {@code base} followed by {@code docs/rules/<id>.md}, every character of the id outside
     * {@code [A-Za-z0-9._-]} percent-encoded. A base with a scheme other than http, https or file (say
     * {@code javascript:}, even behind spaces) is not used: the link then goes to {@code fallback}.
     */
    static String ruleLink(String base, String fallback, String ruleId) {
        String start = base;
        // Browsers drop spaces and control characters around and inside a URL before reading its scheme.
        String probe = base.replaceAll("[\\x00-\\x20]", "");
        if (SCHEME.matcher(probe).find()) {
            String scheme = probe.substring(0, probe.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
                start = fallback;
            }
        }
        StringBuilder path = new StringBuilder(start).append("docs/rules/");
        for (byte b : ruleId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                path.append(c);
            } else {
                path.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return text(path.append(".md").toString());
    }
}
