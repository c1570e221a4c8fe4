package dev.datalayerlint.core.recording;

import static dev.datalayerlint.core.recording.PushDescriptions.withoutTimes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.PushKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The literal reading of a script against the sandbox, the reference: on every shipped script, on seeded random
 * literal scripts that use every form the reading accepts, and on scripts it must leave to the sandbox, the pushes
 * (index, kind, location, values with their number kinds and key order) and the problems are the same.
 */
class LiteralScriptTest {

    private static final String FILE = PushDescriptions.FILE;
    private static final JsRecordingReader SANDBOX = new JsRecordingReader(JsLimits.DEFAULTS, JsSandbox.SHARED, false);
    private static final JsRecordingReader READER = new JsRecordingReader();

    static Stream<Path> shippedScripts() throws IOException {
        Path root = Path.of("../test-fixtures").toAbsolutePath().normalize();
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".js") && p.toString().contains("recordings"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedScripts")
    void readsEveryShippedLiteralScriptAsTheSandboxRunsIt(Path script) throws IOException {
        String text = new String(Files.readAllBytes(script), StandardCharsets.UTF_8);
        RecordingSinkStub literal = new RecordingSinkStub();

        if (LiteralScript.read(text, FILE, JsLimits.DEFAULT_STATEMENT_LIMIT, literal)) {
            assertThat(withoutTimes(PushDescriptions.of(literal)))
                    .isEqualTo(withoutTimes(PushDescriptions.of(SANDBOX, text)));
        } else {
            assertThat(literal.pushes).isEmpty();
        }
    }

    @Test
    void theShippedRefundPageIsALiteralScript() throws IOException {
        String text = Files.readString(Path.of("../test-fixtures/recordings/js/refund-page.js"));

        assertThat(LiteralScript.read(text, FILE, 1_000, new RecordingSinkStub()))
                .isTrue();
    }

    @Test
    void theShippedGtagSnippetPageIsALiteralScript() throws IOException {
        String text = Files.readString(Path.of("../test-fixtures/recordings/js/gtag.js"));
        RecordingSinkStub sink = new RecordingSinkStub();

        assertThat(LiteralScript.read(text, FILE, 1_000, sink)).isTrue();
        assertThat(sink.pushes).allSatisfy(push -> assertThat(push.kind()).isEqualTo(PushKind.GTAG));
        assertThat(sink.push(0).payload().get(1).asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void seededRandomLiteralScriptsReadAsTheSandboxRunsThem() {
        Random random = new Random(20261202);
        for (int i = 0; i < 500; i++) {
            String text = new ScriptWriter(random, i % 2 == 1).script();
            RecordingSinkStub literal = new RecordingSinkStub();

            assertThat(LiteralScript.read(text, FILE, JsLimits.DEFAULT_STATEMENT_LIMIT, literal))
                    .as("literal: %s", text)
                    .isTrue();
            assertThat(withoutTimes(PushDescriptions.of(literal)))
                    .as(text)
                    .isEqualTo(withoutTimes(PushDescriptions.of(SANDBOX, text)));
        }
    }

    @Test
    void gtagCallsRecordTheirArgumentsAtTheCallWithOrWithoutTheSnippetsFunction() {
        String calls = """
                window.dataLayer = window.dataLayer || [];
                gtag('js', new Date());
                  gtag('config', 'G-XXXXXXX', {send_page_view: false},);
                gtag()
                gtag ('event', 'refund', {transaction_id: 'T1', value: 9.99, currency: 'USD'}); dataLayer.push({a: 1})
                """;
        String declared = calls + "function gtag(){dataLayer.push(arguments);}\n";
        String declaredFirst = "function gtag ( ) {\n  window.dataLayer.push( arguments )\n}\n" + calls;

        for (String text : List.of(calls, declared, declaredFirst)) {
            RecordingSinkStub sink = new RecordingSinkStub();
            assertThat(LiteralScript.read(text, FILE, 100, sink)).as(text).isTrue();
            assertThat(withoutTimes(PushDescriptions.of(sink)))
                    .as(text)
                    .isEqualTo(withoutTimes(PushDescriptions.of(SANDBOX, text)));
        }
        RecordingSinkStub sink = new RecordingSinkStub();
        LiteralScript.read(calls, FILE, 100, sink);
        assertThat(withoutTimes(PushDescriptions.of(sink))).isEqualTo("""
                        0 GTAG recordings/page.js:2:1 ["js",<date>]
                        1 GTAG recordings/page.js:3:3 ["config","G-XXXXXXX",{send_page_view:false}]
                        2 GTAG recordings/page.js:4:1 []
                        3 GTAG recordings/page.js:5:1 ["event","refund",{transaction_id:"T1",value:DoubleNode 9.99,currency:"USD"}]
                        4 OBJECT recordings/page.js:5:91 {a:IntNode 1}
                        """);
    }

    @Test
    void aScriptOfGtagCallsIsReadUpToTheStatementTheSandboxWouldStopAt() {
        String snippet = "window.dataLayer = window.dataLayer || [];\n"
                + "function gtag(){dataLayer.push(arguments);}\n"
                + "gtag('js', new Date());\ngtag('config', 'G-1');\n";
        String pageGtag = "gtag('js', new Date());\ngtag('config', 'G-1');\ngtag('event', 'x');\n";
        String declaredLast =
                "gtag('config', 'G-1');\ndataLayer.push({a: 1});\nfunction gtag(){dataLayer.push(arguments);};\n";
        for (String text : List.of(snippet, pageGtag, declaredLast)) {
            for (int limit = 1; limit <= 7; limit++) {
                JsLimits limits = JsLimits.DEFAULTS.withStatementLimit(limit);
                String sandbox = PushDescriptions.of(new JsRecordingReader(limits, JsSandbox.SHARED, false), text);

                assertThat(LiteralScript.read(text, FILE, limit, new RecordingSinkStub()))
                        .as("limit %d: %s", limit, text)
                        .isEqualTo(!sandbox.contains("input.limit"));
                assertThat(withoutTimes(PushDescriptions.of(new JsRecordingReader(limits), text)))
                        .isEqualTo(withoutTimes(sandbox));
            }
        }
    }

    @Test
    void valuesKeepTheirNumberKindsKeyOrderAndLocations() {
        String text = """
                window.dataLayer = window.dataLayer || [];
                /* 😀 */ dataLayer.push({b: 1, "a": -0, c: 2147483648, d: 9007199254740993, e: 1e400, b: [.5, 5., 'x\\u00e9\\x41'], f: undefined, g: NaN, h: -Infinity})
                window
                  .dataLayer
                  .push("text"); dataLayer.push(null)
                """;
        RecordingSinkStub sink = new RecordingSinkStub();

        assertThat(LiteralScript.read(text, FILE, 100, sink)).isTrue();
        assertThat(sink.pushes).hasSize(3);
        assertThat(PushDescriptions.typed(sink.push(0).payload()))
                .isEqualTo("{b:[DoubleNode 0.5,IntNode 5,\"xéA\"],a:IntNode 0,c:LongNode 2147483648,"
                        + "d:LongNode 9007199254740992,e:DoubleNode \"Infinity\",f:undefined,g:DoubleNode \"NaN\","
                        + "h:DoubleNode \"-Infinity\"}");
        assertThat(sink.push(0).location().column()).isEqualTo(20); // after a surrogate pair: UTF-16 columns
        assertThat(sink.push(1).location().line()).isEqualTo(5);
        assertThat(sink.push(2).location().column()).isEqualTo(28);
        assertThat(PushDescriptions.of(sink)).isEqualTo(PushDescriptions.of(SANDBOX, text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dataLayer.push(data);",
                "dataLayer.push({value: 0.1 + 0.2});",
                "dataLayer.push({value: 0 / 0});",
                "dataLayer.push({__proto__: {event: 'x'}});",
                "dataLayer.push({'__proto__': {event: 'x'}});",
                "dataLayer.push({b: 1, '1': 2});",
                "dataLayer.push({1: 2});",
                "dataLayer.push([1, , 2]);",
                "dataLayer.push({a: '\\u{1F600}'});",
                "dataLayer.push({a: '\\101'});",
                "dataLayer.push({a: '\\q'});",
                "dataLayer.push({a: 'line\\\ncontinued'});",
                "dataLayer.push({a: 0x10});",
                "dataLayer.push({a: 1_000});",
                "dataLayer.push({a: 1n});",
                "dataLayer.push({a: 08});",
                "dataLayer.push({a: 010});",
                "dataLayer.push({a: +5});",
                "dataLayer.push({a: - 5});",
                "dataLayer.push({a: `x`});",
                "dataLayer.push({a});",
                "dataLayer.push({[k]: 1});",
                "dataLayer.push({...x});",
                "dataLayer.push({a() {}});",
                "dataLayer.push({a: function () {}});",
                "dataLayer.push(function () { this.set('a', 1); });",
                "dataLayer.push({a: 1}, {b: 2});",
                "dataLayer.push();",
                "dataLayer.push({}) dataLayer.push({});",
                "dataLayer.push({});;",
                "dataLayer.push({a: 'unterminated});",
                "dataLayer.push({}); /* unterminated",
                "dataLayer.push({});\rdataLayer.push({});",
                "dataLayer.push({});\u2028dataLayer.push({});",
                "// comment\rdataLayer.push({});",
                "\uFEFFdataLayer.push({});",
                "dataLayer.push({a: 'x'});\u00a0",
                "'use strict'; dataLayer.push({});",
                "gtag('event', purchase);",
                "gtag('event', 'purchase') gtag('event', 'refund');",
                "gtag('js', new Date(0));",
                "gtag(...['event', 'x']);",
                "gtag('a', , 'b');",
                "gtag('a')('b');",
                "gtag.call(null, 'event');",
                "window.gtag('event', 'x');",
                "gtagx('event', 'x');",
                "gtag('event', 'x');\nfunction gtag(){}",
                "gtag('event', 'x');\nfunction gtag(a){dataLayer.push(arguments);}",
                "gtag('event', 'x');\nfunction gtag(){dataLayer.push(arguments, 1);}",
                "gtag('event', 'x');\nfunction gtag(){dataLayer.push(undefined);}",
                "gtag('event', 'x');\nfunction gtag(){dataLayer.push(this);}",
                "gtag('event', 'x');\nfunction gtag(){dataLayer.push(arguments); dataLayer.push({});}",
                "gtag('event', 'x');\nfunction gtag(){return dataLayer.push(arguments);}",
                "gtag('event', 'x');\nasync function gtag(){dataLayer.push(arguments);}",
                "gtag('event', 'x');\nfunction gtag(){dataLayer.push(arguments);} gtag('x');",
                "gtag('event', 'x');\nvar gtag = function(){dataLayer.push(arguments);};",
                "function gtag(){dataLayer.push(arguments);}();",
                "var dataLayer = dataLayer || [];",
                "window.dataLayer = [];",
                "window.dataLayer = window.dataLayer || [{event: 'x'}];",
                "window.dataLayer == window.dataLayer || [];",
                "dataLayers.push({});",
                "dataLayer.pushAll({});",
                "dataLayer['push']({});",
                "dataLayer.push({é: 1});",
                "dataLayer.push({a\\u0062: 1});",
                "dataLayer.push({a: new Date(0)});",
                "dataLayer.push(-NaN);",
                "dataLayer.push /* c */ ({});",
                "dataLayer.push // c\n({});",
            })
    void leavesWhatTakesRunningToTheSandbox(String text) {
        RecordingSinkStub sink = new RecordingSinkStub();

        assertThat(LiteralScript.read(text, FILE, 100, sink)).isFalse();
        assertThat(sink.pushes).isEmpty();
        assertThat(PushDescriptions.of(READER, text)).isEqualTo(PushDescriptions.of(SANDBOX, text));
    }

    /** As above, without comparing the two readers: these record the time they run at, in other forms. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "gtag('js', new Date);",
                "gtag('js', new Date().getTime());",
                "gtag('js', new Date() + 1);",
                "gtag('js', Date());",
                "gtag('js', new window.Date());",
                "gtag('js', new Date()\n.toISOString());",
                "dataLayer.push({at: new Date()});\nvar x = 1;",
            })
    void leavesOtherUsesOfDatesToTheSandbox(String text) {
        assertThat(LiteralScript.read(text, FILE, 100, new RecordingSinkStub())).isFalse();
    }

    @Test
    void leavesNestingTheSnapshotWouldCutToTheSandbox() {
        String deepest = "[".repeat(JsSnapshot.MAX_DEPTH) + "]".repeat(JsSnapshot.MAX_DEPTH);
        String tooDeep = "[".repeat(JsSnapshot.MAX_DEPTH + 1) + "]".repeat(JsSnapshot.MAX_DEPTH + 1);

        assertThat(LiteralScript.read("dataLayer.push(" + deepest + ")", FILE, 100, new RecordingSinkStub()))
                .isTrue();
        assertThat(LiteralScript.read("dataLayer.push(" + tooDeep + ")", FILE, 100, new RecordingSinkStub()))
                .isFalse();
        assertThat(PushDescriptions.of(READER, "dataLayer.push(" + tooDeep + ")"))
                .isEqualTo(PushDescriptions.of(SANDBOX, "dataLayer.push(" + tooDeep + ")"))
                .contains("input.limit");
    }

    @Test
    void leavesAScriptOfMoreStatementsThanTheLimitToTheSandbox() {
        String text = "window.dataLayer = window.dataLayer || [];\ndataLayer.push({a: 1});\ndataLayer.push({a: 2});\n";
        JsRecordingReader limited = new JsRecordingReader(JsLimits.DEFAULTS.withStatementLimit(2));
        JsRecordingReader limitedSandbox =
                new JsRecordingReader(JsLimits.DEFAULTS.withStatementLimit(2), JsSandbox.SHARED, false);

        assertThat(LiteralScript.read(text, FILE, 3, new RecordingSinkStub())).isTrue();
        assertThat(LiteralScript.read(text, FILE, 2, new RecordingSinkStub())).isFalse();
        assertThat(PushDescriptions.of(limited, text))
                .isEqualTo(PushDescriptions.of(limitedSandbox, text))
                .contains("input.limit");
    }

    /** Writes random literal scripts with every form {@link LiteralScript} accepts, laid out in every accepted way. */
    static final class ScriptWriter {
        private static final List<String> NUMBERS = List.of(
                "0",
                "-0",
                "7",
                "-7",
                "7.77",
                "0.1",
                ".5",
                "5.",
                "1e21",
                "1E-7",
                "2e+3",
                "5e-324",
                "1.7976931348623157e308",
                "1e400",
                "-1e400",
                "9007199254740992",
                "9007199254740993",
                "2147483647",
                "2147483648",
                "-2147483649",
                "12345678901234567890",
                "0.30000000000000004",
                "NaN",
                "Infinity",
                "-Infinity",
                "134.67");
        private static final List<String> STRINGS = List.of(
                "USD",
                "usd",
                "",
                "T-1",
                "it's",
                "say \"hi\"",
                "é",
                "😀",
                "tab\there",
                "a/b",
                "back\\slash",
                "ümlaut café",
                "line\nbreak",
                "\u0000nul",
                "\uD800",
                "$",
                "{",
                "}",
                "[",
                "//",
                "/*",
                "*/",
                ",",
                "'",
                "\"");
        private static final List<String> KEYS = List.of(
                "event",
                "ecommerce",
                "items",
                "item_id",
                "value",
                "currency",
                "$x",
                "_y",
                "default",
                "class",
                "a1",
                "constructor",
                "toString",
                "valueOf",
                "hasOwnProperty",
                "prototype",
                "length");

        private final Random random;
        private final boolean crlf;

        private final boolean gtag;

        ScriptWriter(Random random) {
            this(random, false);
        }

        /** @param gtag whether to write the gtag.js snippet's function and calls too (whole scripts only) */
        ScriptWriter(Random random, boolean gtag) {
            this.random = random;
            this.crlf = random.nextInt(4) == 0;
            this.gtag = gtag;
        }

        String script() {
            StringBuilder out = new StringBuilder();
            if (random.nextBoolean()) {
                out.append("// generated").append(newLine());
            }
            int statements = 1 + random.nextInt(8);
            for (int i = 0; i < statements; i++) {
                out.append(trivia());
                if (gtag && random.nextInt(8) == 0) {
                    out.append("function")
                            .append(random.nextBoolean() ? " " : newLine())
                            .append("gtag")
                            .append(space())
                            .append('(')
                            .append(space())
                            .append(')')
                            .append(space())
                            .append('{')
                            .append(space())
                            .append(random.nextBoolean() ? "window" + space() + "." + space() : "")
                            .append("dataLayer")
                            .append(space())
                            .append('.')
                            .append(space())
                            .append("push")
                            .append(space())
                            .append("(")
                            .append(space())
                            .append("arguments")
                            .append(space())
                            .append(')')
                            .append(random.nextBoolean() ? ";" : "")
                            .append(space())
                            .append('}');
                    out.append(newLine());
                    continue;
                } else if (gtag && random.nextInt(3) == 0) {
                    out.append("gtag").append(blank()).append('(').append(space());
                    int arguments = random.nextInt(4);
                    for (int a = 0; a < arguments; a++) {
                        out.append(a == 0 ? "" : "," + space()).append(random.nextInt(5) == 0 ? date() : value(1));
                    }
                    out.append(arguments > 0 && random.nextInt(5) == 0 ? "," : "")
                            .append(space())
                            .append(')');
                } else if (random.nextInt(6) == 0) {
                    out.append(random.nextBoolean() ? "window.dataLayer" : "dataLayer")
                            .append(space())
                            .append('=')
                            .append(space())
                            .append(random.nextBoolean() ? "window.dataLayer" : "dataLayer")
                            .append(space())
                            .append("||")
                            .append(space())
                            .append('[')
                            .append(space())
                            .append(']');
                } else {
                    out.append(random.nextBoolean() ? "window" + space() + "." + space() : "")
                            .append("dataLayer")
                            .append(space())
                            .append('.')
                            .append(space())
                            .append("push")
                            .append(blank())
                            .append('(')
                            .append(space())
                            .append(value(0))
                            .append(space())
                            .append(')');
                }
                out.append(random.nextInt(3) == 0 ? newLine() : ";" + (random.nextBoolean() ? newLine() : " "));
            }
            return out.toString();
        }

        private String value(int depth) {
            if (gtag && random.nextInt(16) == 0) {
                return date();
            }
            int kind = random.nextInt(depth > 4 ? 6 : 9);
            return switch (kind) {
                case 0, 1 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
                case 2, 3 -> quoted(STRINGS.get(random.nextInt(STRINGS.size())));
                case 4 -> List.of("true", "false", "null", "undefined").get(random.nextInt(4));
                case 5 -> String.valueOf(random.nextInt(10_000) / 100.0);
                case 6, 7 -> object(depth);
                default -> array(depth);
            };
        }

        /** {@code new Date()}, laid out in every accepted way. */
        private String date() {
            return "new" + (random.nextBoolean() ? " " : "/* c */") + "Date" + space() + "(" + space() + ")";
        }

        private String object(int depth) {
            StringBuilder out = new StringBuilder("{").append(space());
            int members = random.nextInt(6);
            for (int i = 0; i < members; i++) {
                String key = KEYS.get(random.nextInt(KEYS.size()));
                out.append(random.nextBoolean() ? key : quoted(random.nextInt(5) == 0 ? "k é😀-" + i : key))
                        .append(space())
                        .append(':')
                        .append(space())
                        .append(value(depth + 1));
                if (i < members - 1 || random.nextInt(4) == 0) {
                    out.append(space()).append(',');
                }
                out.append(space());
            }
            return out.append('}').toString();
        }

        private String array(int depth) {
            StringBuilder out = new StringBuilder("[").append(space());
            int elements = random.nextInt(5);
            for (int i = 0; i < elements; i++) {
                out.append(value(depth + 1));
                if (i < elements - 1 || random.nextInt(4) == 0) {
                    out.append(space()).append(',');
                }
                out.append(space());
            }
            return out.append(']').toString();
        }

        /** A JavaScript string literal of {@code text}, in either quote, with escapes of every accepted kind. */
        private String quoted(String text) {
            char quote = random.nextBoolean() ? '"' : '\'';
            StringBuilder out = new StringBuilder().append(quote);
            for (char c : text.toCharArray()) {
                if (c == quote || c == '\\') {
                    out.append('\\').append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\t') {
                    out.append(random.nextBoolean() ? "\\t" : "\t");
                } else if (c == '\u0000') {
                    out.append("\\0");
                } else if (c < 0x20
                        || c >= 0xD800 && c < 0xE000 && random.nextBoolean()
                        || c == '/' && random.nextBoolean()) {
                    out.append(c == '/' ? "\\/" : String.format("\\u%04X", (int) c));
                } else if (c > 0x7f && c < 0x100 && random.nextBoolean()) {
                    out.append(String.format("\\x%02x", (int) c));
                } else if (c == 'U' && random.nextBoolean()) {
                    out.append("\\u0055");
                } else {
                    out.append(c);
                }
            }
            if (random.nextInt(8) == 0) {
                out.append(List.of("\\b", "\\f", "\\r", "\\v", "\\'", "\\\"").get(random.nextInt(6)));
            }
            return out.append(quote).toString();
        }

        private String space() {
            return switch (random.nextInt(12)) {
                case 0 -> " ";
                case 1 -> "\t";
                case 2 -> newLine() + "  ";
                case 3 -> " /* c😀 */ ";
                case 4 -> "/* multi" + newLine() + "line */";
                case 5 -> " // to the end" + newLine();
                default -> "";
            };
        }

        /** White space without comments: between {@code push} and its {@code (}, where a comment moves the call. */
        private String blank() {
            return List.of("", " ", "\t", newLine() + "  ").get(random.nextInt(4));
        }

        private String trivia() {
            return random.nextInt(4) == 0 ? "/* 😀 */ " : random.nextInt(4) == 0 ? newLine() : "";
        }

        private String newLine() {
            return crlf ? "\r\n" : "\n";
        }
    }
}
