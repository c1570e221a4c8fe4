package dev.datalayerlint.core.spi;

/**
 * Makes text from an input safe to print. File names, keys, values and parser messages come from files a pull request
 * may hold; printed raw, a newline or {@code ESC} in them would forge report lines, GitHub workflow commands or
 * terminal colours, and a lone surrogate cannot be encoded as UTF-8 at all. Every reporter passes such text through
 * here, so no output format depends on its writer's error handling.
 *
 * <p>The escapes are visible, not reversible: {@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code uXXXX}
 * (C0 and C1 control characters, DEL, lone surrogates, the line and paragraph separators and the bidirectional
 * controls that reorder what a reader sees). A backslash is left as it is, so ordinary text (a Windows path, a regular
 * expression in a message) prints unchanged.
 */
public final class PrintableText {

    /** How many characters of an unparseable token a finding may quote. */
    public static final int EXCERPT = 40;

    private PrintableText() {}

    /** The text with every character a terminal, CI log or UTF-8 encoder would misread escaped visibly. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #escape} but keeps line feeds, carriage returns and tabs, for formats whose text may span lines and
     * encode them themselves (the body of a JUnit failure).
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, keepLines);
        return out.toString();
    }

    /**
     * Only lone surrogates escaped: for formats whose own writer escapes control characters (JSON) and must still never
     * hand an encoder half a character.
     */
    public static String escapeLoneSurrogates(String text) {
        if (text == null || !hasLoneSurrogate(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLoneSurrogate(text, i)) {
                appendUnicode(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A short, escaped excerpt of input text quoted in a message: at most {@link #EXCERPT} characters, then an
     * ellipsis. Enough to find the spot, never enough to copy a file's contents into a report.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length() > EXCERPT
                ? text.offsetByCodePoints(0, Math.min(EXCERPT, text.codePointCount(0, text.length())))
                : text.length();
        String cut = text.substring(0, end);
        return escape(cut) + (end < text.length() ? "…" : "");
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLoneSurrogate(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static void appendEscaped(StringBuilder out, String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLines && (c == '\n' || c == '\r' || c == '\t') || !needsEscape(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                appendUnicode(out, c);
            }
        }
    }

    /**
     * True when the character at {@code i} is one {@link #escape} escapes: a C0 or C1 control character, DEL, a lone
     * surrogate, a line or paragraph separator, or a bidirectional control.
     */
    public static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20
                || c >= 0x7f && c <= 0x9f
                || c == '\u2028'
                || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069'
                || isLoneSurrogate(text, i);
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void appendUnicode(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
