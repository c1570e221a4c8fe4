package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RecordingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A script of code and runs of literal pushes: each run is read as data when the code before it left it nothing to do
 * but record, and run otherwise. Either way, what is delivered is what the sandbox delivers running the whole script
 * (the reference), and which way each run went is checked, so that a test of the reading cannot pass by running
 * everything.
 */
class LiteralRunsTest {

    private static final String FILE = PushDescriptions.FILE;
    private static final JsRecordingReader SANDBOX = new JsRecordingReader(JsLimits.DEFAULTS, JsSandbox.SHARED, false);

    /** Code after which the pushes that follow only record: they are read as data. */
    static final List<String> LEAVING_THE_PUSH_ALONE = List.of(
            "window.dataLayer = window.dataLayer || []; var page = 'checkout';\n",
            "function gtag(){dataLayer.push(arguments);}\ngtag('js', new Date(0));\ngtag('config', 'G-TEST1');\n",
            "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':1796192347000,event:'gtm.js'});"
                    + "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';"
                    + "j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
                    + "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-TEST');\n",
            "'use strict';\r\nvar total = 0;\r\nfor (var i = 0; i < 5; i++) { total += i; }\r\n",
            "dataLayer.push(function () { this.set('seen', this.get('event') || 'none'); });\n",
            // what the page's array holds after the pushes is read back by code that runs after the script
            "setTimeout(function () {\n  var last = dataLayer[dataLayer.length - 1];\n"
                    + "  dataLayer.push({length: dataLayer.length, last: last});\n}, 10);\n",
            "window.addEventListener('load', function () { dataLayer.push({all: dataLayer.slice(0)}); });\n",
            "function later() {\n  return 1;\n}\n",
            // an accessor among the array's elements: push stores past them
            "Object.defineProperty(dataLayer, '0', {get: function () { return {event: 'got'}; }, enumerable: true,"
                    + " configurable: true});\nwindow.addEventListener('load', function () {"
                    + " dataLayer.push({first: dataLayer[0], length: dataLayer.length}); });\n");

    /** Code after which a push runs code of the page or is seen differently: the pushes after it run. */
    static final List<String> CHANGING_THE_PUSH = List.of(
            "var original = dataLayer.push;\ndataLayer.push = function () {\n"
                    + "  original.call(dataLayer, {wrapped: arguments.length});\n"
                    + "  return original.apply(dataLayer, arguments);\n};\n",
            "window.dataLayer = [];\n",
            "Error.stackTraceLimit = 0;\n",
            "Object.defineProperty(Array.prototype, '1', {set: function (v) { this.swallowed = v; },"
                    + " configurable: true});\n",
            "Object.freeze(dataLayer);\n",
            "let dataLayer = [];\n",
            "Object.defineProperty(Object.prototype, Symbol.toStringTag, {get: function () { return 'Tagged'; },"
                    + " configurable: true});\n",
            "Object.defineProperty(window, 'dataLayer', {value: [], writable: true, configurable: true});\n");

    @Test
    void pushesAfterCodeThatLeavesThePushAloneAreReadAsDataAsTheSandboxRunsThem() {
        assertEachRunGoes(LEAVING_THE_PUSH_ALONE, new Random(20261203), 12, true);
    }

    @Test
    void pushesAfterCodeThatChangesThePushRunAsTheSandboxRunsThem() {
        assertEachRunGoes(CHANGING_THE_PUSH, new Random(20261204), 6, false);
    }

    @Test
    void runsBetweenPiecesOfCodeGoAsTheCodeBeforeEachLeftThePush() {
        Random random = new Random(20261205);
        String gtag = "gtag('event', 'scroll', {percent: 90});\n";
        for (String code : LEAVING_THE_PUSH_ALONE) {
            // code that pushes through gtag, then code that wraps push, then code that puts a new array in place
            for (String changing : List.of(gtag, CHANGING_THE_PUSH.get(0), CHANGING_THE_PUSH.get(1))) {
                String text = code + pushes(random, code.length()) + changing + pushes(random, changing.length()) + gtag
                        + pushes(random, gtag.length()) + "gtag('event', 'last');\n";
                boolean changes = !changing.equals(gtag);

                assertThat(PushDescriptions.of(reader(), text)).as(text).isEqualTo(PushDescriptions.of(SANDBOX, text));
                assertThat(read(text)).as(text).containsExactly(true, !changes, !changes);
            }
        }
    }

    @Test
    void codeAfterTheRunsKeepsItsHoisting() {
        String text = "var seen = typeof later;\nlater();\n" + "dataLayer.push({a: 1});\n".repeat(10)
                + "function later() { dataLayer.push({hoisted: seen, declared: typeof declared}); }\nvar declared = 1;\n";

        assertThat(read(text)).containsExactly(true);
        assertThat(PushDescriptions.of(reader(), text))
                .isEqualTo(PushDescriptions.of(SANDBOX, text))
                .contains("hoisted:\"function\",declared:\"undefined\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "function f() {\n%s}\nf();\n", // inside a function body
                "var t = `\n%s`;\ngtag('event', 'template', {length: t.length});\n", // inside a template
                "/*\n%s*/\ngtag('event', 'commented');\n", // inside a comment
                "if (window.dataLayer)\n%s", // the body of an if
                // the same after a line that ends with a semicolon: only parsing the code before tells
                "function f() {\n  var x = 1;\n%s}\nf();\n",
                "var t = `a;\n%s`;\ngtag('event', 'template', {length: t.length});\n",
                "/* a;\n%s*/\ngtag('event', 'commented');\n",
                "if (window.dataLayer) {\n  gtag('event', 'x');\n%s}\n",
            })
    void literalLookingLinesThatAreNotStatementsOfTheScriptRunAsPartOfIt(String template) {
        String text = template.formatted("dataLayer.push({a: 1});\n".repeat(10));

        assertThat(read(text)).isEmpty();
        assertThat(PushDescriptions.of(reader(), text)).isEqualTo(PushDescriptions.of(SANDBOX, text));
    }

    @Test
    void theCallThatReplacesARunCannotBeSeenOrMisusedByThePage() {
        String probe = "var name = '__datalayer' + 'LintLiterals';\n"
                + "var own = Object.getOwnPropertyNames(window).indexOf(name) >= 0;\n"
                + "var called = 'no';\ntry { eval(name)(1, 1); eval(name)('x'); called = 'yes'; } catch (e) {"
                + " called = e.name; }\ndataLayer.push({own: own, called: called});\n";
        String text = "dataLayer.push({a: 1});\n".repeat(10) + probe + "dataLayer.push({b: 2});\n".repeat(10);

        assertThat(read(text)).containsExactly(true, true);
        // only a call by its name through eval finds it, and then does nothing: out of turn, wrong token, wrong kind
        assertThat(PushDescriptions.of(reader(), text).replace("called:\"yes\"", "called:\"ReferenceError\""))
                .isEqualTo(PushDescriptions.of(SANDBOX, text))
                .contains("own:false,called:\"ReferenceError\"");
    }

    @Test
    void aRecordingThatNamesTheCallRunsWhole() {
        String text = "var __datalayerLintLiterals = 1;\n" + "dataLayer.push({a: 1});\n".repeat(10);

        assertThat(read(text)).isEmpty();
        assertThat(PushDescriptions.of(reader(), text)).isEqualTo(PushDescriptions.of(SANDBOX, text));
    }

    /** Each code followed by {@code scripts} random runs of pushes: the sandbox's result, each read as data or run. */
    private static void assertEachRunGoes(List<String> codes, Random random, int scripts, boolean asData) {
        for (String code : codes) {
            for (int i = 0; i < scripts; i++) {
                String text = code + pushes(random, code.length());

                assertThat(PushDescriptions.of(reader(), text)).as(text).isEqualTo(PushDescriptions.of(SANDBOX, text));
                assertThat(read(text)).as(text).containsExactly(asData);
            }
        }
    }

    @Test
    void theTailsValuesReachThePageArrayWithTheirKinds() {
        String text = "window.addEventListener('load', function () { dataLayer.push({all: dataLayer.slice(0)}); });\n"
                + "dataLayer.push({u: undefined, n: NaN, z: -0, i: Infinity, big: 1e400, t: 'x\\u00e9\\x41'});\n"
                + "dataLayer.push({a: [1, 2.5, -0, 'b'], c: {d: null, e: true}});\n"
                + "dataLayer.push('text');\n";

        assertThat(read(text)).containsExactly(true);
        assertThat(PushDescriptions.of(reader(), text))
                .isEqualTo(PushDescriptions.of(SANDBOX, text))
                .contains("all:[{u:undefined,n:DoubleNode \"NaN\"");
    }

    @Test
    void moreValuesThanABatchReachThePageArrayInOrder() {
        StringBuilder text = new StringBuilder("window.addEventListener('load', function () {\n"
                + "  var seen = [];\n  for (var i = 0; i < dataLayer.length; i++) { seen.push(dataLayer[i].n); }\n"
                + "  dataLayer.push({seen: seen.join(), last: dataLayer[dataLayer.length - 1]});\n});\n");
        for (int i = 0; i < 3 * PageArrayFiller.BATCH + 7; i++) {
            text.append("dataLayer.push({n: ")
                    .append(i)
                    .append(i % 300 == 0 ? ", u: undefined" : "")
                    .append("});\n");
        }

        assertThat(read(text.toString())).containsExactly(true);
        assertThat(PushDescriptions.of(reader(), text.toString()))
                .isEqualTo(PushDescriptions.of(SANDBOX, text.toString()))
                .contains("seen:\"0,1,2,");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the code before the pushes does not parse: a syntax error of the whole script
                "var = ;\ndataLayer.push({a: 1});\ndataLayer.push({a: 2});\n",
                // it does not parse on its own, but the whole script does: the run is not a statement of it
                "var s = `;\ndataLayer.push(\"`;//\");\ndataLayer.push({a: 2});\n",
                // it throws: the pushes after it never run
                "null.x;\ndataLayer.push({a: 1});\ndataLayer.push({a: 2});\n",
            })
    void aRunThatIsNotReachedIsNeitherReadNorRun(String text) {
        assertThat(LiteralScript.runs(text)).isNotEmpty();
        assertThat(read(text)).isEmpty();
        assertThat(PushDescriptions.of(reader(), text)).isEqualTo(PushDescriptions.of(SANDBOX, text));
    }

    @Test
    void theTailsStatementsCountAgainstTheLimitBeforeTheCodeRuns() {
        JsLimits limits = JsLimits.DEFAULTS.withStatementLimit(40);
        JsRecordingReader limited = new JsRecordingReader(limits, JsSandbox.SHARED, true, asData -> {});
        JsRecordingReader limitedSandbox = new JsRecordingReader(limits, JsSandbox.SHARED, false);
        String code = "var n = 0;\nwhile (n < 10) { n++; }\n";
        String within = code + "dataLayer.push({a: 1});\n".repeat(10);
        String past = code + "dataLayer.push({a: 1});\n".repeat(30);

        assertThat(PushDescriptions.of(limited, within))
                .isEqualTo(PushDescriptions.of(limitedSandbox, within))
                .doesNotContain("input.limit");
        // past the limit both stop with input.limit; charged ahead, the tail's statements stop the code earlier
        assertThat(PushDescriptions.of(limited, past)).contains("input.limit");
        assertThat(PushDescriptions.of(limitedSandbox, past)).contains("input.limit");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "var n = 0;\nwhile (n < 10) { n++; }\n", // the tail is read as data
                "var n = 0;\nwhile (n < 10) { n++; }\nwindow.dataLayer = [];\n", // the tail runs
            })
    void aScriptMeetsTheLimitAtTheStatementTheSandboxCountsForTheWholeScript(String code) {
        String text = code + "dataLayer.push({a: 1});\n".repeat(20);
        int fewest = 1; // the smallest limit the whole script runs within, in the sandbox
        for (int most = 1_000; fewest < most; ) {
            int middle = (fewest + most) / 2;
            if (PushDescriptions.of(new JsRecordingReader(limit(middle), JsSandbox.SHARED, false), text)
                    .contains("input.limit")) {
                fewest = middle + 1;
            } else {
                most = middle;
            }
        }

        assertThat(fewest).isGreaterThan(40);
        assertThat(PushDescriptions.of(new JsRecordingReader(limit(fewest)), text))
                .isEqualTo(PushDescriptions.of(new JsRecordingReader(limit(fewest), JsSandbox.SHARED, false), text));
        assertThat(PushDescriptions.of(new JsRecordingReader(limit(fewest - 1)), text))
                .contains("input.limit");
    }

    private static JsLimits limit(int statements) {
        return JsLimits.DEFAULTS.withStatementLimit(statements);
    }

    @Test
    void codeCannotNameItsOwnSourceSoThatItGoesUncounted() {
        JsRecordingReader limited = new JsRecordingReader(JsLimits.DEFAULTS.withStatementLimit(1_000));
        String text = "eval('while (true) {}\\n//# sourceURL=" + JsSandbox.UNCOUNTED_SCHEME + ":/x');\n"
                + "dataLayer.push({a: 1});\n".repeat(3);

        assertThat(PushDescriptions.of(limited, text)).contains("input.limit").doesNotContain("input.timeout");
    }

    @Test
    void findsRunsOfWholeLinesAndPlansTheScriptAroundThem() {
        String code = "var page = 'checkout';\n// the pushes\n";
        String pushes = "dataLayer.push({a: 1});\ndataLayer.push({b: 2});\ndataLayer.push({c: 3});\n";
        String text = code + pushes + "gtag('event', 'x');\n" + pushes;

        assertThat(LiteralScript.runs(text))
                .containsExactly(new LiteralScript.Run(23, 109, 2, 3), new LiteralScript.Run(129, text.length(), 7, 3));
        assertThat(LiteralScript.runs("dataLayer.push({a: 1}); gtag('x');\n" + pushes))
                .as("the last push shares its line with code")
                .containsExactly(new LiteralScript.Run(35, 107, 2, 3));
        assertThat(LiteralScript.runs("dataLayer.push({a: 1})\ngtag('x');\n" + pushes))
                .as("no semicolon before code")
                .containsExactly(new LiteralScript.Run(34, 106, 3, 3));
        assertThat(LiteralScript.runs("var a = 1;\r" + pushes)).as("a lone CR").isEmpty();
        String dated = "var a = 1;\ndataLayer.push({at: new Date()});\n";
        assertThat(LiteralScript.runs(dated + pushes))
                .as("a date the page's code may read as a date, not as text")
                .containsExactly(new LiteralScript.Run(dated.length(), dated.length() + pushes.length(), 3, 3));
        try (JsSandbox.Parser parses = JsSandbox.SHARED.new Parser()) {
            LiteralRuns plan = LiteralRuns.plan(text, 100, parses);
            assertThat(plan.runs()).hasSize(2);
            assertThat(plan.script())
                    .isEqualTo("var page = 'checkout';\n__datalayerLintLiterals(0," + plan.token() + ");\n\n\n\n"
                            + "gtag('event', 'x');\n__datalayerLintLiterals(1," + plan.token() + ");\n\n\n");
            assertThat(plan.countedAhead()).isEqualTo(4);
            assertThat(LiteralRuns.plan(text, 6, parses))
                    .as("as many statements as the limit")
                    .isNull();
            assertThat(LiteralRuns.plan(code.repeat(4) + pushes, 100, parses))
                    .as("more code than pushes")
                    .isNull();
            assertThat(LiteralRuns.plan("var page = 'checkout'\n" + pushes, 100, parses))
                    .as("no ; or }")
                    .isNull();
        }
    }

    @Test
    void planningManyRunsStopsAtItsParseBudget() {
        String text = "x = 1;\ndataLayer.push({event: 'e', n: 1});\n".repeat(20_000);
        int[] parsed = {0};
        try (JsSandbox.Parser parser = JsSandbox.SHARED.new Parser()) {
            LiteralRuns plan = LiteralRuns.plan(text, 1_000_000, script -> {
                parsed[0]++;
                return parser.test(script);
            });

            assertThat(plan)
                    .as("the runs taken within the budget are less than half of the script")
                    .isNull();
        }
        assertThat(parsed[0]).isBetween(100, 2_000);
    }

    private static List<Boolean> read(String text) {
        List<Boolean> tails = new ArrayList<>();
        new JsRecordingReader(JsLimits.DEFAULTS, JsSandbox.SHARED, true, tails::add)
                .read(RecordingSource.ofText(FILE, text), new RecordingSinkStub());
        return tails;
    }

    private static JsRecordingReader reader() {
        return new JsRecordingReader(JsLimits.DEFAULTS, JsSandbox.SHARED, true, asData -> {});
    }

    /**
     * Random literal statements, twice as long as the code before them, starting on a line of their own and ending
     * with a semicolon, so that code may follow.
     */
    private static String pushes(Random random, int codeLength) {
        StringBuilder out = new StringBuilder();
        while (out.length() <= 2 * codeLength + 40) { // so that the code, and blank lines after it, are under half
            String script = new LiteralScriptTest.ScriptWriter(random).script();
            out.append(script.endsWith("\n") ? script : script + "\n");
        }
        return out.toString().strip().endsWith(";")
                ? out.toString()
                : out.append(";\n").toString();
    }
}
