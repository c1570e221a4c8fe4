package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a pushed field in a script's text when the push was written as a literal: from the {@code push(} or
 * {@code gtag(} call a push was recorded at, it walks the call's argument (object and array literals, string,
 * identifier and number keys) along the finding's pointer and returns the key's position. It never runs anything and
 * never fails: a value that is not a literal there ({@code dataLayer.push(data)}, a spread, a computed key) ends the
 * walk, and the finding keeps the deepest key found, or the call.
 *
 * <p>Enough of a scanner to step over strings, template literals and comments between members; a regular expression
 * literal holding a bracket or a quote can throw its position off, which costs only a location, never a finding.
 */
final class ScriptFieldFinder {

    private final CharSequence text;
    private final String file;
    private int[] lineStarts;

    ScriptFieldFinder(CharSequence text, String file) {
        this.text = text;
        this.file = file;
    }

    /**
     * @param call where the push was recorded: the called name ({@code push}, {@code gtag})
     * @param kind a {@link PushKind#GTAG} push's pointer starts with the index of a call argument; any other push is
     *     the call's only argument
     */
    Optional<SourceLocation> find(SourceLocation call, PushKind kind, String pointer) {
        if (call.line() <= 0 || !file.equals(call.file()) || kind == PushKind.FUNCTION) {
            return Optional.empty();
        }
        try {
            return new Walk(offset(call.line(), call.column())).find(kind, Pointers.tokens(pointer));
        } catch (RuntimeException | StackOverflowError unreadable) {
            return Optional.empty();
        }
    }

    private int offset(int line, int column) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text);
        }
        if (line > lineStarts.length) {
            return -1;
        }
        int at = lineStarts[line - 1] + column - 1;
        return at < text.length() ? at : -1;
    }

    /** Where each line starts, with JavaScript's line terminators (so as GraalJS counts lines). */
    private static int[] lineStarts(CharSequence text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private SourceLocation location(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return new SourceLocation(file, low + 1, offset - lineStarts[low] + 1);
    }

    /** One walk from a call site along one pointer. */
    private final class Walk {
        private int at;

        Walk(int at) {
            this.at = at;
        }

        Optional<SourceLocation> find(PushKind kind, List<String> tokens) {
            if (at < 0 || !Character.isJavaIdentifierStart(text.charAt(at))) {
                return Optional.empty();
            }
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                at++;
            }
            skipBlank();
            if (!is('(')) {
                return Optional.empty(); // push.call(…), push.apply(…): no literal to read
            }
            at++;
            int next = 0;
            if (kind != PushKind.GTAG) {
                int first = at;
                skipExpression();
                skipBlank();
                if (!is(')')) {
                    return Optional.empty(); // push(a, b): the pushes share one call site, which one is unknown
                }
                at = first;
            } else if (!toElement(JsonFieldFinder.index(tokens.get(0)), ')')) {
                return Optional.empty();
            } else {
                next = 1;
            }
            SourceLocation found = next == 1 ? location(at) : null;
            for (int i = next; i < tokens.size(); i++) {
                skipBlank();
                if (is('{')) {
                    if (!toMember(tokens.get(i))) {
                        break;
                    }
                    found = location(at);
                    readKey();
                    skipBlank();
                    if (!is(':')) {
                        break; // shorthand {value}: nothing deeper to find
                    }
                    at++;
                } else if (is('[') && arrayElement(tokens.get(i))) {
                    found = location(at);
                } else {
                    break;
                }
            }
            return Optional.ofNullable(found);
        }

        /** From {@code [}: onto element {@code segment}; false when the literal has no such element. */
        private boolean arrayElement(String segment) {
            at++;
            return toElement(JsonFieldFinder.index(segment), ']');
        }

        /** Onto the {@code index}th comma-separated entry before {@code close}, holes counted. */
        private boolean toElement(int index, char close) {
            if (index < 0) {
                return false;
            }
            for (int i = 0; ; i++) {
                skipBlank();
                if (at >= text.length() || is(close)) {
                    return false;
                }
                if (i == index) {
                    return !is(',') && !startsWith("...");
                }
                if (!is(',')) {
                    skipExpression();
                    skipBlank();
                }
                if (!is(',')) {
                    return false;
                }
                at++;
            }
        }

        /** From {@code {}: onto the key of the member named {@code name}; false when it is not written there. */
        private boolean toMember(String name) {
            at++;
            while (true) {
                skipBlank();
                if (at >= text.length() || is('}')) {
                    return false;
                }
                int keyStart = at;
                String key = startsWith("...") || is('[') ? null : readKey();
                if (name.equals(key)) {
                    at = keyStart;
                    return true;
                }
                skipExpression(); // the rest of the member: `: value`, a method, a spread
                skipBlank();
                if (!is(',')) {
                    return false;
                }
                at++;
            }
        }

        /** Reads a property key (identifier, string or number) and stands after it; null for anything else. */
        private String readKey() {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                return readString(c);
            }
            if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int start = at;
                while (at < text.length()
                        && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                return text.subSequence(start, at).toString();
            }
            return null;
        }

        private String readString(char quote) {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != quote) {
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    char escaped = text.charAt(at + 1);
                    if (escaped == 'u' && at + 5 < text.length() && text.charAt(at + 2) != '{') {
                        value.append((char) Integer.parseInt(
                                text.subSequence(at + 2, at + 6).toString(), 16));
                        at += 6;
                        continue;
                    }
                    value.append(
                            switch (escaped) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case 'r' -> '\r';
                                default -> escaped;
                            });
                    at += 2;
                } else {
                    value.append(c);
                    at++;
                }
            }
            at++;
            return value.toString();
        }

        /** Up to the next {@code ,} or closing bracket at this depth, over nested brackets, strings and comments. */
        private void skipExpression() {
            int depth = 0;
            while (at < text.length()) {
                skipBlank();
                if (at >= text.length()) {
                    return;
                }
                char c = text.charAt(at);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    return;
                } else if (c == '"' || c == '\'') {
                    readString(c);
                    continue;
                } else if (c == '`') {
                    skipTemplate();
                    continue;
                }
                at++;
            }
        }

        private void skipTemplate() {
            at++;
            while (at < text.length() && text.charAt(at) != '`') {
                if (text.charAt(at) == '\\') {
                    at += 2;
                } else if (startsWith("${")) {
                    at += 2;
                    skipExpression();
                    at++; // the closing }
                } else {
                    at++;
                }
            }
            at++;
        }

        private void skipBlank() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                    at++;
                } else if (startsWith("//")) {
                    while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                        at++;
                    }
                } else if (startsWith("/*")) {
                    int end = indexOf("*/", at + 2);
                    at = end < 0 ? text.length() : end + 2;
                } else {
                    return;
                }
            }
        }

        private boolean is(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private boolean startsWith(String s) {
            if (at + s.length() > text.length()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (text.charAt(at + i) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(String s, int from) {
            for (int i = from; i + s.length() <= text.length(); i++) {
                if (text.charAt(i) == s.charAt(0) && text.charAt(i + 1) == s.charAt(1)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
