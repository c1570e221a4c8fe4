package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JavaScript recording that is nothing but literal pushes, as captures, generated recordings and tagging-spec
 * snippets are: {@code dataLayer.push({…});} or {@code window.dataLayer.push({…});} statements whose one argument is
 * an object, array, string, number, {@code true}, {@code false}, {@code null}, {@code undefined}, {@code NaN} or
 * {@code Infinity} literal, the GTM snippet's {@code window.dataLayer = window.dataLayer || [];}, comments and
 * whitespace; and, as a whole script only, the gtag.js snippet: its {@code function gtag(){dataLayer.push(arguments);}}
 * and {@code gtag(…);} calls whose arguments are such literals or {@code new Date()}. Running such a script in the
 * sandbox can only record those values in that order, so it is read as data: without starting GraalJS, at the speed of
 * a JSON file, in memory that does not grow with the script.
 *
 * <p>A {@code gtag(…)} call records its {@code arguments} whether the script declares the snippet's {@code gtag} or
 * the page environment's own runs, at the call's {@code gtag}; {@code new Date()} records the time it is read, as
 * {@code toISOString} writes it, as the sandbox records a date. Neither is read in a run between a page's code
 * ({@link #runs}): there {@code gtag} and {@code Date} may be anything the code made them, and a date read as text would
 * reach the page's array as text.
 *
 * <p>What it records is what {@link JsRecordingRun} records for the same script (the differential test holds the two
 * equal): the same values with the same number kinds ({@link JsSnapshot#number(double)}), keys in the same order, each
 * push at the line and column of its {@code push} name. Anything whose meaning takes more than reading (an
 * expression, an identifier, a function, a template, a spread, a computed or numeric key, an array hole, a key that
 * JavaScript orders first or treats specially: an array index, {@code __proto__}), an escape or number form outside
 * the plain subset, a line terminator other than LF and CRLF, a value the snapshot would cut, or more statements than
 * the statement limit makes the script not literal, and it runs in the sandbox as before. The whole script is checked
 * before the first push is delivered, so a script is never half read one way and half the other.
 */
final class LiteralScript {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Thrown by the parser at the first thing that is not part of a literal script; never leaves this class. */
    private static final class NotLiteral extends RuntimeException {
        static final NotLiteral INSTANCE = new NotLiteral();

        private NotLiteral() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final String file;
    private final Delivery sink; // null while only checking
    private final ScriptFieldFinder fields;
    /** Whether the text is the whole script, where {@code gtag} and {@code Date} are the page's own. */
    private final boolean wholeScript;

    private int at;
    private int line = 1;
    private int lineStart;
    private int values;
    private int pushes;
    private boolean json; // whether the value being read is JSON as it is: no undefined, NaN or infinity
    private int stop; // where reading ends: the end of the script or of a run
    private int statementStart; // where the statement being read starts
    private long complete; // statements read to their end
    private long gtagCalls; // calls of gtag read
    private boolean declaresGtag; // whether the script declares the snippet's gtag
    private int lastEnd; // just after the last statement read and its semicolon, if any
    private boolean endedWithSemicolon; // whether that statement ended with a semicolon

    /** Reads a whole script. */
    private LiteralScript(String text, String file, Delivery sink) {
        this(text, file, sink, sink == null ? null : new ScriptFieldFinder(text, file), 0, 1, 0, true);
    }

    /** Where the pushes read go, each with whether its value is JSON as it is. */
    @FunctionalInterface
    interface Delivery {
        void push(Push push, boolean json);
    }

    /** Reads from {@code offset}, the start of line {@code line}, numbering pushes from {@code firstPush}. */
    private LiteralScript(String text, String file, Delivery sink, int offset, int line, int firstPush) {
        this(text, file, sink, sink == null ? null : new ScriptFieldFinder(text, file), offset, line, firstPush, false);
    }

    private LiteralScript(
            String text,
            String file,
            Delivery sink,
            ScriptFieldFinder fields,
            int offset,
            int line,
            int firstPush,
            boolean wholeScript) {
        this.text = text;
        this.file = file;
        this.sink = sink;
        this.fields = fields;
        this.wholeScript = wholeScript;
        this.at = offset;
        this.line = line;
        this.lineStart = offset;
        this.pushes = firstPush;
        this.stop = text.length();
        this.statementStart = offset;
    }

    /**
     * Whole lines of a script that are literal statements only: from {@code offset}, the start of line {@code line}, to
     * {@code end}, the start of the line where code follows (or the end of the script).
     */
    record Run(int offset, int end, int line, long statements) {
        int length() {
            return end - offset;
        }
    }

    /**
     * The runs of literal statements in a script that is not a literal script as a whole, as a page's code and its
     * pushes are: each starts a line, ends before a line where code starts, and, unless it ends the script, its last
     * statement ends with {@code ;}, so that nothing that follows can continue it. Whether a run is a run of
     * statements of the script (and not the inside of a function, a template or a comment that looks like one) is
     * for the caller to decide by parsing the code before it ({@link LiteralRuns}). Line ends other than LF and CRLF
     * anywhere give none: GraalJS would count lines differently from this reading.
     */
    static List<Run> runs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') || c == '\u2028' || c == '\u2029') {
                return List.of();
            }
        }
        List<Run> runs = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int skipTo = 0; // no run may start before the place where the last one or the last candidate stopped
        while (lineStart < text.length()) {
            if (lineStart >= skipTo && startsAStatement(text, lineStart)) {
                LiteralScript reading = new LiteralScript(text, null, null, lineStart, line, 0);
                try {
                    runs.add(new Run(lineStart, text.length(), line, reading.script()));
                    return runs;
                } catch (NotLiteral e) {
                    int end = text.lastIndexOf('\n', reading.statementStart) + 1; // the line where code starts
                    if (reading.complete > 0
                            && reading.endedWithSemicolon
                            && end > lineStart
                            && end >= reading.lastEnd) {
                        runs.add(new Run(lineStart, end, line, reading.complete));
                    }
                    skipTo = reading.at;
                }
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
            line++;
        }
        return runs;
    }

    /**
     * Delivers the pushes of a {@link Run} to {@code sink}, numbered from {@code firstPush}; returns how many.
     *
     * @param fields where the pushes' fields are found: one for all runs of a script, which numbers its lines once
     */
    static int readRun(String text, ScriptFieldFinder fields, String file, Run run, int firstPush, Delivery sink) {
        LiteralScript reading = new LiteralScript(text, file, sink, fields, run.offset(), run.line(), firstPush, false);
        reading.stop = run.end();
        reading.script();
        return reading.pushes - firstPush;
    }

    /** A line whose first characters after indentation could begin a literal statement or a comment before one. */
    private static boolean startsAStatement(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.startsWith("dataLayer", i)
                || text.startsWith("window", i)
                || text.startsWith("//", i)
                || text.startsWith("/*", i);
    }

    /**
     * Whether the last line before {@code lineStart} that is not blank ends with {@code ;} or {@code }}, or there is
     * none: the start of a script is where its first statement starts.
     */
    static boolean endsAStatement(String text, int lineStart) {
        for (int i = lineStart - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return c == ';' || c == '}';
            }
        }
        return true;
    }

    /**
     * Delivers the pushes of a literal script to {@code sink}.
     *
     * @param statementLimit a script of more statements is left to the sandbox, which reports the limit where it trips
     * @return false, having delivered nothing, if the script is not a literal script
     */
    static boolean read(String text, String file, long statementLimit, PushSink sink) {
        long statements;
        try {
            statements = new LiteralScript(text, file, null).script();
        } catch (NotLiteral e) {
            return false;
        }
        if (statements > statementLimit) {
            return false;
        }
        new LiteralScript(text, file, (push, json) -> sink.push(push)).script();
        return true;
    }

    /**
     * Reads every statement; returns how many the sandbox counts against the statement limit: each statement of the
     * script, and each push in the body of the snippet's {@code gtag} when the script declares it (a declaration is not
     * counted, and neither is the body of the page environment's {@code gtag}).
     */
    private long script() {
        skipTrivia();
        while (at < stop) {
            statementStart = at;
            complete += statement();
            lastEnd = at;
            boolean newLine = skipTrivia();
            endedWithSemicolon = at < text.length() && text.charAt(at) == ';';
            if (endedWithSemicolon) {
                lastEnd = ++at;
                skipTrivia();
            } else if (!newLine && at < text.length()) {
                statementStart = at;
                throw NotLiteral.INSTANCE; // two statements on a line need a semicolon
            }
        }
        return complete + (declaresGtag ? gtagCalls : 0);
    }

    /**
     * {@code [window.]dataLayer.push(value)} or {@code [window.]dataLayer = [window.]dataLayer || []}; in a whole script
     * also {@code gtag(value, …)} and the snippet's declaration of {@code gtag}. Returns 1, or 0 for the declaration,
     * which runs no statement.
     */
    private int statement() {
        if (wholeScript && peek() == 'g') {
            gtagCall();
            gtagCalls++;
            return 1;
        }
        if (wholeScript && peek() == 'f') {
            gtagDeclaration();
            declaresGtag = true;
            return 0;
        }
        dataLayer();
        skipTrivia();
        if (peek() == '.') {
            at++;
            skipTrivia();
            int pushLine = line;
            int pushColumn = at - lineStart + 1;
            openCall("push");
            values = 0;
            JsonNode value = value(0);
            skipTrivia();
            expect(')');
            deliver(value, false, pushLine, pushColumn);
            return 1;
        }
        expect('=');
        if (peek() == '=') {
            throw NotLiteral.INSTANCE;
        }
        skipTrivia();
        dataLayer();
        skipTrivia();
        expect('|');
        expect('|');
        skipTrivia();
        expect('[');
        skipTrivia();
        expect(']');
        return 1;
    }

    /**
     * {@code gtag(value, …)}: records the call's {@code arguments}, at its {@code gtag}, as the page environment's gtag
     * and the snippet's both push them.
     */
    private void gtagCall() {
        int callLine = line;
        int callColumn = at - lineStart + 1;
        openCall("gtag");
        values = 1; // the arguments object
        ArrayNode arguments = elements(')', 0);
        deliver(arguments, true, callLine, callColumn);
    }

    /** {@code name(}, where a value is read next. */
    private void openCall(String name) {
        word(name);
        skip(false); // a comment before the ( would make GraalJS place the call after it, not at the name
        expect('(');
        skipTrivia();
        json = true;
    }

    /** Hands a push read to the sink, if there is one, located at the name of the call that made it. */
    private void deliver(JsonNode value, boolean argumentsObject, int callLine, int callColumn) {
        if (sink != null) {
            SourceLocation location = new SourceLocation(file, callLine, callColumn);
            var kind = Push.kindOf(value, argumentsObject);
            sink.push(new Push(pushes++, value, location, kind, pointer -> fields.find(location, kind, pointer)), json);
        }
    }

    /** The gtag.js snippet's {@code function gtag(){dataLayer.push(arguments);}}, laid out in any way. */
    private void gtagDeclaration() {
        word("function");
        skipTrivia();
        word("gtag");
        skipTrivia();
        expect('(');
        skipTrivia();
        expect(')');
        skipTrivia();
        expect('{');
        skipTrivia();
        dataLayer();
        skipTrivia();
        expect('.');
        skipTrivia();
        word("push");
        skipTrivia();
        expect('(');
        skipTrivia();
        word("arguments");
        skipTrivia();
        expect(')');
        skipTrivia();
        if (peek() == ';') {
            at++;
            skipTrivia();
        }
        expect('}');
    }

    private void dataLayer() {
        if (peek() == 'w') {
            word("window");
            skipTrivia();
            expect('.');
            skipTrivia();
        }
        word("dataLayer");
    }

    private JsonNode value(int depth) {
        if (++values > JsSnapshot.MAX_VALUES) {
            throw NotLiteral.INSTANCE; // the snapshot would cut it
        }
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> {
                String s = string();
                yield sink == null ? null : NODES.stringNode(s);
            }
            case '-' -> {
                at++;
                yield number(true);
            }
            default -> {
                if (c >= '0' && c <= '9' || c == '.') {
                    yield number(false);
                }
                yield keyword();
            }
        };
    }

    private JsonNode keyword() {
        String name = identifierName();
        return switch (name) {
            case "true" -> NODES.booleanNode(true);
            case "false" -> NODES.booleanNode(false);
            case "null" -> NODES.nullNode();
            case "undefined" -> notJson(JsValues.UNDEFINED);
            case "NaN" -> notJson(NODES.numberNode(Double.NaN));
            case "Infinity" -> notJson(NODES.numberNode(Double.POSITIVE_INFINITY));
            case "new" -> now();
            default -> throw NotLiteral.INSTANCE; // a variable: its value takes running the script
        };
    }

    /** After {@code new}: {@code Date()}, in a whole script, recorded as the sandbox records a date. */
    private JsonNode now() {
        if (!wholeScript) {
            throw NotLiteral.INSTANCE;
        }
        skipTrivia();
        word("Date");
        skipTrivia();
        expect('(');
        skipTrivia();
        expect(')');
        return sink == null
                ? null
                : NODES.stringNode(ISO_DATE.format(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** What JavaScript's {@code Date.prototype.toISOString} writes for a date of years 0 to 9999. */
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ObjectNode object(int depth) {
        if (depth >= JsSnapshot.MAX_DEPTH) {
            throw NotLiteral.INSTANCE;
        }
        at++;
        ObjectNode object = sink == null ? null : NODES.objectNode();
        skipTrivia();
        while (peek() != '}') {
            char c = peek();
            String key = c == '"' || c == '\'' ? string() : identifierName();
            if (key.equals("__proto__") || isDigits(key)) {
                throw NotLiteral.INSTANCE; // sets the prototype; an array index comes first in key order
            }
            skipTrivia();
            expect(':');
            skipTrivia();
            JsonNode member = value(depth + 1);
            if (object != null) {
                object.set(
                        key, member); // a repeated key keeps its first place and takes the last value, as in JavaScript
            }
            skipTrivia();
            if (peek() != ',') {
                break;
            }
            at++;
            skipTrivia();
        }
        expect('}');
        return object;
    }

    private ArrayNode array(int depth) {
        if (depth >= JsSnapshot.MAX_DEPTH) {
            throw NotLiteral.INSTANCE;
        }
        at++;
        skipTrivia();
        return elements(']', depth);
    }

    /**
     * The values of an array literal or a call's arguments, up to {@code close}: a trailing comma is allowed, a hole is
     * not.
     */
    private ArrayNode elements(char close, int depth) {
        ArrayNode elements = sink == null ? null : NODES.arrayNode();
        while (peek() != close) {
            if (peek() == ',') {
                throw NotLiteral.INSTANCE; // a hole
            }
            JsonNode element = value(depth + 1);
            if (elements != null) {
                elements.add(element);
            }
            skipTrivia();
            if (peek() != ',') {
                break;
            }
            at++;
            skipTrivia();
        }
        expect(close);
        return elements;
    }

    /** A number after its sign, if any; its value is worked out only when it is delivered, not while checking. */
    private JsonNode number(boolean negative) {
        int start = at;
        boolean infinite = unsignedNumber();
        if (sink == null) {
            return null;
        }
        double value = infinite ? Double.POSITIVE_INFINITY : Double.parseDouble(text.substring(start, at));
        JsonNode number = JsSnapshot.number(negative ? -value : value);
        return Double.isInfinite(value) ? notJson(number) : number;
    }

    private JsonNode notJson(JsonNode value) {
        json = false;
        return value;
    }

    /**
     * Steps over a decimal literal without sign ({@code 0}, {@code 12}, {@code 1.5}, {@code .5}, {@code 1.},
     * {@code 2e-3}) or {@code Infinity}; true for {@code Infinity}.
     */
    private boolean unsignedNumber() {
        if (peek() == 'I') {
            word("Infinity");
            return true;
        }
        if (peek() == '0' && isDigit(peekAt(at + 1))) {
            throw NotLiteral.INSTANCE; // a legacy octal or 08
        }
        int digits = digits();
        if (peek() == '.') {
            at++;
            digits += digits();
        }
        if (digits == 0) {
            throw NotLiteral.INSTANCE;
        }
        char e = peek();
        if (e == 'e' || e == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (digits() == 0) {
                throw NotLiteral.INSTANCE;
            }
        }
        if (isIdentifierPart(peek())) {
            throw NotLiteral.INSTANCE; // 0x10, 1n, 1_000, 5px
        }
        return false;
    }

    private int digits() {
        int start = at;
        while (isDigit(peek())) {
            at++;
        }
        return at - start;
    }

    /** A string literal with the escapes JSON has, plus {@code \'}, {@code \v}, {@code \0} and {@code \xHH}. */
    private String string() {
        char quote = text.charAt(at++);
        int start = at;
        StringBuilder escaped = null;
        while (true) {
            if (at >= text.length()) {
                throw NotLiteral.INSTANCE;
            }
            char c = text.charAt(at);
            if (c == quote) {
                String tail = text.substring(start, at++);
                return escaped == null ? tail : escaped.append(tail).toString();
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                throw NotLiteral.INSTANCE; // a syntax error, or a line break the locations would count differently
            }
            if (c != '\\') {
                at++;
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder();
            }
            escaped.append(text, start, at);
            char kind = peekAt(at + 1);
            at += 2;
            switch (kind) {
                case '"', '\'', '\\', '/' -> escaped.append(kind);
                case 'b' -> escaped.append('\b');
                case 'f' -> escaped.append('\f');
                case 'n' -> escaped.append('\n');
                case 'r' -> escaped.append('\r');
                case 't' -> escaped.append('\t');
                case 'v' -> escaped.append('\u000B');
                case '0' -> {
                    if (isDigit(peek())) {
                        throw NotLiteral.INSTANCE; // a legacy octal escape
                    }
                    escaped.append('\0');
                }
                case 'x' -> escaped.append((char) hex(2));
                case 'u' -> escaped.append((char) hex(4));
                default ->
                    throw NotLiteral.INSTANCE; // code-point escapes, line continuations, octal and identity escapes
            }
            start = at;
        }
    }

    private int hex(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            char c = peekAt(at++);
            int digit = c > 'f' ? -1 : Character.digit(c, 16);
            if (digit < 0) {
                throw NotLiteral.INSTANCE;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** An ASCII identifier name; one with a Unicode letter or escape is left to the sandbox. */
    private String identifierName() {
        int start = at;
        char c = peek();
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$')) {
            throw NotLiteral.INSTANCE;
        }
        while (isIdentifierPart(peek())) {
            at++;
        }
        if (peek() == '\\' || peek() >= 0x80) {
            throw NotLiteral.INSTANCE;
        }
        return text.substring(start, at);
    }

    private void word(String expected) {
        if (!text.startsWith(expected, at)) {
            throw NotLiteral.INSTANCE;
        }
        at += expected.length();
        char next = peek();
        if (isIdentifierPart(next) || next == '\\' || next >= 0x80) {
            throw NotLiteral.INSTANCE; // a longer name: dataLayers, pushAll
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw NotLiteral.INSTANCE;
        }
        at++;
    }

    /**
     * Skips spaces, tabs, line ends (LF, CRLF) and comments; any other white space or line terminator ends the
     * literal reading. Returns whether a line end was crossed, which ends a statement without a semicolon.
     */
    private boolean skipTrivia() {
        return skip(true);
    }

    private boolean skip(boolean comments) {
        boolean newLine = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ' || c == '\t') {
                at++;
            } else if (c == '\n') {
                newLine();
                newLine = true;
            } else if (c == '\r' && peekAt(at + 1) == '\n') {
                at++;
                newLine();
                newLine = true;
            } else if (!comments) {
                break;
            } else if (c == '/' && peekAt(at + 1) == '/') {
                while (at < text.length() && text.charAt(at) != '\n') {
                    lineEndCheck(text.charAt(at));
                    at++;
                }
            } else if (c == '/' && peekAt(at + 1) == '*') {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    throw NotLiteral.INSTANCE;
                }
                for (at += 2; at < end; ) {
                    char inside = text.charAt(at);
                    if (inside == '\n') {
                        newLine();
                        newLine = true;
                    } else {
                        lineEndCheck(inside);
                        at++;
                    }
                }
                at = end + 2;
            } else {
                break;
            }
        }
        return newLine;
    }

    private void newLine() {
        at++;
        line++;
        lineStart = at;
    }

    /** A CR before the LF of a line comment is fine; any other CR, LS or PS would count lines as GraalJS does not. */
    private void lineEndCheck(char c) {
        if (c == '\r' && peekAt(at + 1) != '\n' || c == '\u2028' || c == '\u2029') {
            throw NotLiteral.INSTANCE;
        }
    }

    private char peek() {
        return peekAt(at);
    }

    private char peekAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    private static boolean isDigits(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
