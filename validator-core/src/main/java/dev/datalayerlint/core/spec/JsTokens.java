package dev.datalayerlint.core.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of a code block that GraalJS has already accepted as valid JavaScript, enough to walk its
 * {@code dataLayer.push} object literals: identifiers, string and number literals, punctuation, and the line comments
 * (by line) that carry per-field facts. Regular-expression literals are not told apart from division, which a push
 * literal never needs.
 */
final class JsTokens {

    enum Kind {
        IDENTIFIER,
        STRING,
        NUMBER,
        TEMPLATE,
        PUNCTUATION,
        END
    }

    /** @param text the identifier, the string's value, the number as written, or the punctuation */
    record Token(Kind kind, String text, int line, int column, int start, int end) {
        boolean is(String punctuation) {
            return kind == Kind.PUNCTUATION && text.equals(punctuation);
        }
    }

    /** A {@code //} comment: its text after the slashes and where the slashes stand (1-based, within the code). */
    record LineComment(String text, int line, int column) {}

    private final String code;
    private final List<Token> tokens = new ArrayList<>();
    private final Map<Integer, LineComment> comments = new HashMap<>();
    private int at;
    private int line = 1;
    private int lineStart;

    private JsTokens(String code) {
        this.code = code;
    }

    static JsTokens of(String code) {
        JsTokens lexer = new JsTokens(code);
        lexer.scan();
        return lexer;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The first line comment on {@code line} (1-based within the code), or null. */
    LineComment commentOn(int line) {
        return comments.get(line);
    }

    String source(int start, int end) {
        return code.substring(start, end);
    }

    private void scan() {
        while (at < code.length()) {
            char c = code.charAt(at);
            if (c == '\n') {
                at++;
                line++;
                lineStart = at;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (code.startsWith("//", at)) {
                int end = lineEnd(at);
                comments.putIfAbsent(line, new LineComment(code.substring(at + 2, end), line, column(at)));
                at = end;
            } else if (code.startsWith("/*", at)) {
                int end = code.indexOf("*/", at + 2);
                skipTo(end < 0 ? code.length() : end + 2);
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (c == '`') {
                template();
            } else if (Character.isDigit(c)
                    || (c == '.' && at + 1 < code.length() && Character.isDigit(code.charAt(at + 1)))) {
                int start = at;
                while (at < code.length()
                        && (Character.isLetterOrDigit(code.charAt(at))
                                || code.charAt(at) == '.'
                                || code.charAt(at) == '_')) {
                    at++;
                }
                add(Kind.NUMBER, code.substring(start, at), start);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = at;
                while (at < code.length() && Character.isJavaIdentifierPart(code.charAt(at))) {
                    at++;
                }
                add(Kind.IDENTIFIER, code.substring(start, at), start);
            } else if (code.startsWith("...", at)) {
                at += 3;
                add(Kind.PUNCTUATION, "...", at - 3);
            } else {
                at++;
                add(Kind.PUNCTUATION, String.valueOf(c), at - 1);
            }
        }
        tokens.add(new Token(Kind.END, "", line, column(at), at, at));
    }

    private void string(char quote) {
        int start = at;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < code.length() && code.charAt(at) != quote && code.charAt(at) != '\n') {
            char c = code.charAt(at);
            if (c == '\\' && at + 1 < code.length()) {
                value.append(unescape(code.charAt(at + 1)));
                at += 2;
            } else {
                value.append(c);
                at++;
            }
        }
        at = Math.min(at + 1, code.length());
        add(Kind.STRING, value.toString(), start);
    }

    private void template() {
        int start = at;
        int startLine = line;
        int startColumn = column(at);
        at++;
        while (at < code.length() && code.charAt(at) != '`') {
            if (code.charAt(at) == '\\') {
                at++;
            } else if (code.charAt(at) == '\n') {
                line++;
                lineStart = at + 1;
            }
            at++;
        }
        at = Math.min(at + 1, code.length());
        tokens.add(new Token(Kind.TEMPLATE, code.substring(start, at), startLine, startColumn, start, at));
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    private void skipTo(int end) {
        while (at < end) {
            if (code.charAt(at) == '\n') {
                line++;
                lineStart = at + 1;
            }
            at++;
        }
    }

    private int lineEnd(int from) {
        int end = code.indexOf('\n', from);
        return end < 0 ? code.length() : end;
    }

    private int column(int offset) {
        return offset - lineStart + 1;
    }

    private void add(Kind kind, String text, int start) {
        tokens.add(new Token(kind, text, line, column(start), start, at));
    }
}
