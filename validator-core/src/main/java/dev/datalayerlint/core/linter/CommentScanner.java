package dev.datalayerlint.core.linter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the comments of a JavaScript text without parsing it: enough of a tokenizer to step over string literals,
 * template literals (with their {@code ${…}} expressions) and regular expression literals, so that a {@code //}
 * inside {@code "https://…"} is not taken for a comment. Never fails: text it cannot make sense of ends the scan.
 */
final class CommentScanner {

    /**
     * One comment, without its delimiters. Lines and columns are 1-based; {@code end} is the position just after it.
     *
     * @param block true for {@code /* … *}{@code /}, false for {@code // …}
     */
    record Comment(String text, boolean block, int line, int column, int endLine, int endColumn) {}

    /** Words after which a {@code /} starts a regular expression rather than a division. */
    private static final Set<String> REGEX_AFTER = Set.of(
            "return",
            "typeof",
            "instanceof",
            "in",
            "of",
            "new",
            "delete",
            "void",
            "throw",
            "case",
            "do",
            "else",
            "yield",
            "await");

    private final String src;
    private final int[] lineStarts;
    private int pos;

    private CommentScanner(String src) {
        this.src = src;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every comment of {@code src}, in order. */
    static List<Comment> scan(String src) {
        return new CommentScanner(src).run();
    }

    private List<Comment> run() {
        List<Comment> comments = new ArrayList<>();
        // Each entry is the brace depth at which a template literal's ${ … } expression closes.
        Deque<Integer> templates = new ArrayDeque<>();
        int depth = 0;
        boolean regexAllowed = true;
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '/') {
                int start = pos;
                int end = pos + 2;
                while (end < n && !isLineEnd(src.charAt(end))) {
                    end++;
                }
                comments.add(comment(src.substring(start + 2, end), false, start, end));
                pos = end;
            } else if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '*') {
                int start = pos;
                int close = src.indexOf("*/", pos + 2);
                int end = close < 0 ? n : close + 2;
                comments.add(comment(src.substring(start + 2, close < 0 ? n : close), true, start, end));
                pos = end;
            } else if (c == '\'' || c == '"') {
                skipString(c);
                regexAllowed = false;
            } else if (c == '`') {
                pos++;
                if (skipTemplate()) {
                    templates.push(depth);
                    depth++;
                    regexAllowed = true;
                } else {
                    regexAllowed = false;
                }
            } else if (c == '/') {
                if (regexAllowed) {
                    skipRegex();
                    regexAllowed = false;
                } else {
                    pos++;
                    regexAllowed = true;
                }
            } else if (c == '{' || c == '(' || c == '[') {
                if (c == '{') {
                    depth++;
                }
                pos++;
                regexAllowed = true;
            } else if (c == '}') {
                depth--;
                pos++;
                if (!templates.isEmpty() && templates.peek() == depth) {
                    templates.pop();
                    if (skipTemplate()) {
                        templates.push(depth);
                        depth++;
                        regexAllowed = true;
                    } else {
                        regexAllowed = false;
                    }
                } else {
                    regexAllowed = false;
                }
            } else if (c == ')' || c == ']') {
                pos++;
                regexAllowed = false;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int start = pos;
                while (pos < n && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '.')) {
                    pos++;
                }
                regexAllowed = REGEX_AFTER.contains(src.substring(start, pos));
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                pos++;
                regexAllowed = true;
            }
        }
        return comments;
    }

    private void skipString(char quote) {
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else if (isLineEnd(c)) {
                return; // unterminated: the reader reports it; carry on on the next line
            } else {
                pos++;
            }
        }
    }

    /**
     * Steps over template text after a backtick or a closing {@code }} of an expression.
     *
     * @return true when stopped at the start of a {@code ${…}} expression, false at the closing backtick (or the end)
     */
    private boolean skipTemplate() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '`') {
                pos++;
                return false;
            } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                pos += 2;
                return true;
            } else {
                pos++;
            }
        }
        return false;
    }

    private void skipRegex() {
        pos++;
        boolean inClass = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (isLineEnd(c)) {
                return;
            } else if (c == '[') {
                inClass = true;
                pos++;
            } else if (c == ']') {
                inClass = false;
                pos++;
            } else if (c == '/' && !inClass) {
                pos++;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                    pos++; // flags
                }
                return;
            } else {
                pos++;
            }
        }
    }

    private Comment comment(String text, boolean block, int start, int end) {
        int line = lineOf(start);
        int endLine = lineOf(end);
        return new Comment(
                text, block, line, start - lineStarts[line - 1] + 1, endLine, end - lineStarts[endLine - 1] + 1);
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
