package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.JsValues;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class JsRecordingReaderTest {

    private static final String FILE = "recordings/checkout.js";
    private static final JsRecordingReader READER = new JsRecordingReader();

    private static RecordingSinkStub read(String script) {
        return read(READER, script);
    }

    private static RecordingSinkStub read(JsRecordingReader reader, String script) {
        RecordingSinkStub sink = new RecordingSinkStub();
        reader.read(RecordingSource.ofText(FILE, script), sink);
        return sink;
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(FILE, line, column);
    }

    @Test
    void objectPushIsRecordedWithTheLocationOfItsPushCall() {
        RecordingSinkStub sink = read("""
                // checkout
                window.dataLayer.push({event: 'begin_checkout', value: 7.77});
                  dataLayer.push({ecommerce: null});
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).hasSize(2);
        Push first = sink.push(0);
        assertThat(first.index()).isZero();
        assertThat(first.kind()).isEqualTo(PushKind.OBJECT);
        assertThat(first.eventName()).isEqualTo("begin_checkout");
        assertThat(first.payload().toString()).isEqualTo("{\"event\":\"begin_checkout\",\"value\":7.77}");
        assertThat(first.location()).isEqualTo(at(2, 18));
        Push second = sink.push(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.payload().get("ecommerce").isNull()).isTrue();
        assertThat(second.location()).isEqualTo(at(3, 13));
    }

    @Test
    void gtagThroughTheBuiltInFunctionIsLocatedAtTheGtagCall() {
        RecordingSinkStub sink = read("""
                gtag('js', new Date(0));
                gtag('event', 'purchase', {transaction_id: 'T1', value: 10});
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::kind).containsOnly(PushKind.GTAG);
        assertThat(sink.push(0).payload().toString()).isEqualTo("[\"js\",\"1970-01-01T00:00:00.000Z\"]");
        assertThat(sink.push(1).eventName()).isEqualTo("purchase");
        assertThat(sink.push(1).payload().get(2).get("value").intValue()).isEqualTo(10);
        assertThat(sink.push(0).location()).isEqualTo(at(1, 1));
        assertThat(sink.push(1).location()).isEqualTo(at(2, 1));
    }

    @Test
    void theGtagSnippetWithItsOwnGtagIsLocatedAtTheCallSiteNotInTheFunctionBody() {
        RecordingSinkStub sink = read("""
                window.dataLayer = window.dataLayer || [];
                function gtag(){dataLayer.push(arguments);}
                gtag('js', new Date());
                function track(name) {
                    gtag('event', name);
                }
                  track('refund');
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).hasSize(2);
        assertThat(sink.pushes).extracting(Push::kind).containsOnly(PushKind.GTAG);
        assertThat(sink.push(0).location()).isEqualTo(at(3, 1));
        assertThat(sink.push(1).eventName()).isEqualTo("refund");
        assertThat(sink.push(1).location()).isEqualTo(at(5, 5));
    }

    @Test
    void windowIsTheGlobalObjectAndDataLayerTheSameArrayUnderBothNames() {
        RecordingSinkStub sink = read("""
                window.dataLayer = window.dataLayer || [];
                if (window !== globalThis || window.dataLayer !== dataLayer) throw new Error('not one page');
                dataLayer.push({event: 'a'});
                window.dataLayer.push({event: 'b'});
                if (dataLayer.length !== 2) throw new Error('length ' + dataLayer.length);
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("a", "b");
    }

    @Test
    void anArrayAssignedToDataLayerCountsItsEntriesAsPushedAtTheAssignment() {
        RecordingSinkStub sink = read("""
                var dataLayer = [{event: 'initial'}, {page: 'home'}];
                dataLayer.push({event: 'later'});
                  window.dataLayer = [{event: 'replaced'}];
                window.dataLayer.push({event: 'after'});
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes)
                .extracting(Push::eventName)
                .containsExactly("initial", null, "later", "replaced", "after");
        assertThat(sink.pushes).extracting(Push::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(sink.push(0).location()).isEqualTo(at(1, 1));
        assertThat(sink.push(1).location()).isEqualTo(at(1, 1));
        assertThat(sink.push(2).location()).isEqualTo(at(2, 11));
        assertThat(sink.push(3).location()).isEqualTo(at(3, 3));
        assertThat(sink.push(4).location()).isEqualTo(at(4, 18));
    }

    @Test
    void gtmContainerSnippetRuns() {
        RecordingSinkStub sink = read("""
                (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
                new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
                j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
                'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
                })(window,document,'script','dataLayer','GTM-XXXX');
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("gtm.js");
        assertThat(sink.push(0).payload().get("gtm.start").isIntegralNumber()).isTrue();
    }

    @Test
    void severalArgumentsToOnePushAreSeveralPushesAtTheSameCall() {
        RecordingSinkStub sink = read("dataLayer.push({event: 'a'}, {event: 'b'}, ['set', 'x', 1]);");

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("a", "b", null);
        assertThat(sink.pushes).extracting(Push::index).containsExactly(0, 1, 2);
        assertThat(sink.pushes).extracting(Push::location).containsOnly(at(1, 11));
        assertThat(sink.push(2).kind()).isEqualTo(PushKind.COMMAND);
    }

    @Test
    void aPushIsASnapshotThatLaterMutationDoesNotChange() {
        RecordingSinkStub sink = read("""
                var items = [{item_id: 'A', price: 5}];
                var payload = {event: 'add_to_cart', ecommerce: {items: items}};
                dataLayer.push(payload);
                payload.event = 'changed';
                items[0].price = 999;
                items.push({item_id: 'B'});
                dataLayer.push(payload);
                """);

        assertThat(sink.push(0).payload().toString())
                .isEqualTo("{\"event\":\"add_to_cart\",\"ecommerce\":{\"items\":[{\"item_id\":\"A\",\"price\":5}]}}");
        assertThat(sink.push(1).eventName()).isEqualTo("changed");
        assertThat(sink.push(1).payload().at("/ecommerce/items/0/price").intValue())
                .isEqualTo(999);
    }

    @Test
    void numbersKeepTheirJavaScriptMeaning() {
        RecordingSinkStub sink = read("""
                dataLayer.push({sum: 0.1 + 0.2, price: 1500, big: 2 ** 53, bigger: 2 ** 60, neg: -3, half: 7.5,
                    nan: NaN, inf: Infinity, minusInf: -Infinity});
                """);

        JsonNode p = sink.push(0).payload();
        assertThat(p.get("sum").isDouble()).isTrue();
        assertThat(p.get("sum").toString()).isEqualTo("0.30000000000000004");
        assertThat(p.get("price").isIntegralNumber()).isTrue();
        assertThat(p.get("price").toString()).isEqualTo("1500");
        assertThat(p.get("big").isIntegralNumber()).isTrue();
        assertThat(p.get("big").longValue()).isEqualTo(9_007_199_254_740_992L);
        assertThat(p.get("bigger").isDouble()).isTrue();
        assertThat(p.get("neg").intValue()).isEqualTo(-3);
        assertThat(p.get("half").doubleValue()).isEqualTo(7.5);
        assertThat(JsValues.isNonFinite(p.get("nan"))).isTrue();
        assertThat(p.get("nan").doubleValue()).isNaN();
        assertThat(p.get("inf").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p.get("minusInf").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void undefinedFunctionsDatesAndKeysConvertAsGtmSeesThem() {
        RecordingSinkStub sink = read("""
                var proto = {inherited: 1};
                var o = Object.create(proto);
                o.b = 1; o.a = undefined; o.eventCallback = function () {}; o[2] = 'two';
                Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});
                o[Symbol('s')] = 1;
                o.when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
                o.list = [1, , undefined, null];
                o.flag = false;
                dataLayer.push(o);
                """);

        JsonNode p = sink.push(0).payload();
        assertThat(p.propertyNames()).containsExactly("2", "b", "a", "eventCallback", "when", "list", "flag");
        assertThat(p.get("2").asString()).isEqualTo("two");
        assertThat(JsValues.isUndefined(p.get("a"))).isTrue();
        assertThat(JsValues.isFunction(p.get("eventCallback"))).isTrue();
        assertThat(p.get("when").asString()).isEqualTo("2024-01-02T03:04:05.000Z");
        assertThat(p.get("list").size()).isEqualTo(4);
        assertThat(JsValues.isUndefined(p.get("list").get(1))).isTrue();
        assertThat(JsValues.isUndefined(p.get("list").get(2))).isTrue();
        assertThat(p.get("list").get(3).isNull()).isTrue();
        assertThat(p.get("flag").isBoolean()).isTrue();
    }

    @Test
    void pushesOfOtherShapesAreClassified() {
        RecordingSinkStub sink = read("""
                dataLayer.push('just a string');
                dataLayer.push(undefined);
                dataLayer.push(function () {});
                (function () { dataLayer.push(arguments); })('config', 'G-1');
                """);

        assertThat(sink.pushes)
                .extracting(Push::kind)
                .containsExactly(PushKind.OTHER, PushKind.OTHER, PushKind.FUNCTION, PushKind.GTAG);
        assertThat(JsValues.isUndefined(sink.push(1).payload())).isTrue();
    }

    @Test
    void functionPushRunsAtOnceWithGetAndSetOnTheModel() {
        RecordingSinkStub sink = new RecordingSinkStub();
        sink.model.put(
                "ecommerce",
                JsonNodeFactory.instance.objectNode().put("currency", "EUR").put("value", 12));
        READER.read(RecordingSource.ofText(FILE, """
                dataLayer.push({event: 'first'});
                  dataLayer.push(function () {
                    var ecommerce = this.get('ecommerce');
                    this.set('copied.currency', ecommerce.currency);
                    this.set('copied.value', ecommerce.value * 2);
                    this.set('missing', typeof this.get('nope'));
                    this.set('again', this.get('copied.value'));
                    dataLayer.push({event: 'from inside'});
                  });
                dataLayer.push({event: 'last'});
                """), sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).hasSize(4);
        Push function = sink.push(1);
        assertThat(function.kind()).isEqualTo(PushKind.FUNCTION);
        assertThat(function.location()).isEqualTo(at(2, 13));
        assertThat(function.payload().toString())
                .isEqualTo("[{\"copied.currency\":\"EUR\"},{\"copied.value\":24},{\"missing\":\"undefined\"},"
                        + "{\"again\":24}]");
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("first", null, "from inside", "last");
        assertThat(sink.pushes).extracting(Push::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void syntaxErrorIsReportedWithLineAndColumn() {
        RecordingSinkStub sink = read("""
                dataLayer.push({event: 'a'});
                var b = ;
                """);

        assertThat(sink.pushes).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.syntax");
            assertThat(p.location()).isEqualTo(at(2, 9));
            assertThat(p.message()).startsWith("syntax error: ").doesNotContain("\n");
            assertThat(p.location().toString()).isEqualTo(FILE + ":2:9");
        });
    }

    @Test
    void uncaughtExceptionKeepsThePushesMadeBeforeIt() {
        RecordingSinkStub sink = read("""
                dataLayer.push({event: 'one'});
                dataLayer.push({event: 'two'});
                var tracker;
                tracker.send();
                dataLayer.push({event: 'never'});
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("one", "two");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.runtime");
            assertThat(p.message()).isEqualTo("script threw TypeError: Cannot read property 'send' of undefined");
            assertThat(p.location().line()).isEqualTo(4);
        });
    }

    @Test
    void thrownValuesThatAreNotErrorsAreDescribed() {
        assertThat(read("throw 'oops';").problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("script threw \"oops\""));
        assertThat(read("function f() { x(); }\nf();").problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("script threw ReferenceError: x is not defined");
            assertThat(p.location()).isEqualTo(at(1, 16));
        });
    }

    @Test
    void endlessLoopIsStoppedByTheStatementLimit() {
        RecordingSinkStub sink = read("dataLayer.push({event: 'before'});\nwhile (true) {}");

        // the statement limit trips first on any machine: 5 million statements take seconds, not the 30 s CPU limit
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("before");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.limit");
            assertThat(p.message()).contains("statement limit of 5000000", "--js-statement-limit");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void statementLimitNamesItself() {
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(10_000, Duration.ofSeconds(10)));
        RecordingSinkStub sink = read(reader, "for (var i = 0; ; i++) {}");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.limit");
            assertThat(p.message()).contains("statement limit of 10000");
        });
    }

    @Test
    void recursionThatNeverEndsIsStoppedByTheStatementLimit() {
        // two calls per level, 200 levels deep: 2^200 calls, never a stack overflow
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(100_000, Duration.ofMinutes(5)));
        RecordingSinkStub sink = read(reader, """
                dataLayer.push({event: 'before'});
                function again(depth) { if (depth < 200) { again(depth + 1); again(depth + 1); } }
                again(0);
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("before");
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("input.limit"));
    }

    @Test
    void aTimerThatReArmsItselfForeverIsStoppedByTheStatementLimit() {
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(10_000, Duration.ofMinutes(5)));
        RecordingSinkStub sink = read(reader, """
                function tick() { setTimeout(tick, 1000); }
                tick();
                dataLayer.push({event: 'before'});
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("before");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.limit");
            assertThat(p.message()).contains("statement limit of 10000");
        });
    }

    @Test
    void aTimerReArmedByBuiltInsAloneIsStoppedByTheTaskLimitNotTheClock() {
        // No statement of the recording runs in the loop: only the page set-up's setTimeout, through a bound apply.
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(10_000, Duration.ofMinutes(5)));
        RecordingSinkStub sink = read(reader, """
                var args = [];
                var rearm = Function.prototype.apply.bind(setTimeout, null, args);
                args.push(rearm);
                setTimeout(rearm);
                dataLayer.push({event: 'before'});
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("before");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.limit");
            assertThat(p.message()).startsWith("the page ran " + JsRecordingRun.TASK_LIMIT + " timer callbacks");
        });
    }

    @Test
    void statementLimitCountsOnlyTheRecordingNotThePageSetUp() {
        // the page set-up script runs hundreds of statements and the recorder more per push: none of them count
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(1, Duration.ofMinutes(5)));

        RecordingSinkStub sink = read(reader, "dataLayer.push({event: 'x'});");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("x");
    }

    @Test
    void statementLimitCountsCodeTheRecordingEvaluates() {
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(3, Duration.ofMinutes(5)));

        RecordingSinkStub sink = read(reader, "dataLayer.push({event: 'x'});\neval('1; 2; 3; 4;');");

        assertThat(sink.pushes).hasSize(1);
        assertThat(sink.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.ruleId()).isEqualTo("input.limit"));
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only: nothing here depends on how fast the machine is
    void cpuTimeLimitStopsEvenALoopThatFinallyBlocksKeepAlive() {
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(Long.MAX_VALUE, Duration.ofMillis(200)));
        RecordingSinkStub sink = read(reader, """
                dataLayer.push({event: 'before'});
                try { while (true) {} } finally { while (true) {} }
                """);

        assertThat(sink.pushes).hasSize(1);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.timeout");
            assertThat(p.message()).contains("200 ms of CPU time", "--js-timeout");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void engineStartAndPageSetUpDoNotCountAgainstTheTimeLimit() {
        // A fresh engine: creating it (about 0.3 s) and its first page set-up are not counted. The recording's own
        // first
        // run, class loading included, took 10 to 30 ms of CPU time here, far below the limit.
        JsRecordingReader reader = new JsRecordingReader(
                new JsLimits(JsLimits.DEFAULT_STATEMENT_LIMIT, Duration.ofMillis(500)), new JsSandbox());

        RecordingSinkStub sink = read(reader, "dataLayer.push({event: 'x'});");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("x");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void builtInCallThatIgnoresStoppingIsAbandonedAndTheNextRecordingStillRuns() {
        // one BigInt multiplication of 50-million-bit numbers: no safepoint until it returns, minutes of CPU time
        JsRecordingReader reader = new JsRecordingReader(new JsLimits(Long.MAX_VALUE, Duration.ofMillis(200)));

        RecordingSinkStub hostile = read(reader, """
                dataLayer.push({event: 'before'});
                var a = (1n << 50000000n) - 1n;
                String(a * a);
                dataLayer.push({event: 'never'});
                """);
        RecordingSinkStub next = read(reader, "dataLayer.push({event: 'next'});");

        assertThat(hostile.pushes).extracting(Push::eventName).containsExactly("before");
        assertThat(hostile.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.timeout");
            assertThat(p.message()).contains("200 ms of CPU time", "--js-timeout");
        });
        assertThat(next.problems).isEmpty();
        assertThat(next.pushes).extracting(Push::eventName).containsExactly("next");
    }

    @Test
    void javaInteropIsRefused() {
        RecordingSinkStub sink =
                read("dataLayer.push({event: 'x'});\nvar System = Java.type('java.lang.System');\nSystem.exit(1);");

        assertThat(sink.pushes).hasSize(1);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.sandbox");
            assertThat(p.message()).contains("Java");
            assertThat(p.location()).isEqualTo(at(2, 14));
        });
    }

    @Test
    void nodeAndBrowserHostApisAreRefused() {
        assertSandbox("var fs = require('fs');", "require");
        assertSandbox("process.exit(1);", "process");
        assertSandbox("Polyglot.eval('python', '1');", "Polyglot");
        assertSandbox("Packages.java.lang.System.exit(1);", "Packages");
        assertSandbox("load('/etc/passwd');", "load");
        assertSandbox("importScripts('https://example.com/x.js');", "importScripts");
        assertSandbox("fetch('https://example.com');", "fetch");
        assertSandbox("new XMLHttpRequest();", "XMLHttpRequest");
        assertSandbox("window.fetch('https://example.com');", "fetch");
        assertSandbox("print('hello');", "print");
    }

    private static void assertSandbox(String script, String name) {
        assertThat(read(script).problems).as(script).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.sandbox");
            assertThat(p.message()).contains(name).doesNotContain("\n");
            assertThat(p.location().line()).isEqualTo(1);
        });
    }

    @Test
    void cyclesAndDeepNestingAreCutAndReported() {
        RecordingSinkStub sink = read("""
                var o = {event: 'cyclic'}; o.self = o; o.list = [o];
                dataLayer.push(o);
                var deep = {}; var cur = deep;
                for (var i = 0; i < 200; i++) { cur.next = {}; cur = cur.next; }
                dataLayer.push(deep);
                var shared = {a: 1};
                dataLayer.push({x: shared, y: shared});
                """);

        assertThat(sink.pushes).hasSize(3);
        assertThat(sink.push(0).payload().get("self").asString()).isEqualTo("[circular]");
        assertThat(sink.push(0).payload().at("/list/0").asString()).isEqualTo("[circular]");
        assertThat(sink.push(2).payload().toString()).isEqualTo("{\"x\":{\"a\":1},\"y\":{\"a\":1}}");
        assertThat(sink.problems)
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.ruleId()).isEqualTo("input.limit"));
        assertThat(sink.problems.get(0).message()).contains("circular reference", "/self", "1 more");
        assertThat(sink.problems.get(0).location()).isEqualTo(at(2, 11));
        assertThat(sink.problems.get(1).message()).contains("deeper than 64");
    }

    @Test
    void consoleOutputAndEngineWarningsNeverReachOurStreams() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        JsSandbox fresh = new JsSandbox();
        RecordingSinkStub sink;
        try {
            System.setOut(capture);
            System.setErr(capture);
            sink = read(new JsRecordingReader(JsLimits.DEFAULTS, fresh), """
                    console.log('log line'); console.error('error line'); console.warn('warn line');
                    dataLayer.push({event: 'x'});
                    """);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(sink.pushes).hasSize(1);
        assertThat(text)
                .doesNotContain("line")
                .doesNotContain("fallback runtime")
                .doesNotContain("[engine]");
    }

    @Test
    void theEngineIsCreatedOnlyWhenTheFirstScriptIsRead() {
        JsSandbox fresh = new JsSandbox();
        JsRecordingReader reader = new JsRecordingReader(JsLimits.DEFAULTS, fresh);
        assertThat(fresh.isStarted()).isFalse();

        read(reader, "dataLayer.push({event: 'x'});"); // a literal script is read as data
        assertThat(fresh.isStarted()).isFalse();

        read(reader, "dataLayer.push({event: 'x' + 1});");
        assertThat(fresh.isStarted()).isTrue();
    }

    @Test
    void timersRunAfterTheScriptInDueOrder() {
        RecordingSinkStub sink = read("""
                setTimeout(function () { dataLayer.push({event: 'late'}); }, 100);
                setTimeout(function (name) { dataLayer.push({event: name}); }, 10, 'soon');
                var cancelled = setTimeout(function () { dataLayer.push({event: 'cancelled'}); }, 1);
                clearTimeout(cancelled);
                dataLayer.push({event: 'now'});
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("now", "soon", "late");
        assertThat(sink.push(1).location()).isEqualTo(at(2, 40));
    }

    @Test
    void letDataLayerThatHidesWindowDataLayerIsReported() {
        RecordingSinkStub sink = read("let dataLayer = [];\ndataLayer.push({event: 'lost'});");

        assertThat(sink.pushes).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.runtime");
            assertThat(p.message()).contains("let or const", "1 entry pushed onto it was not checked");
        });
    }

    @Test
    void aDeletedWindowDataLayerIsReported() {
        RecordingSinkStub sink = read("""
                dataLayer.push({event: 'seen'});
                delete window.dataLayer;
                window.dataLayer = [];
                dataLayer.push({event: 'lost'}, {event: 'lost too'});
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("seen");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.runtime");
            assertThat(p.message()).contains("deleted or redefined", "2 entries");
        });
    }

    @Test
    void aThrowingGetterStopsTheScriptButKeepsEarlierPushes() {
        RecordingSinkStub sink = read("""
                dataLayer.push({event: 'ok'});
                dataLayer.push({get value() { throw new Error('no value'); }});
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("ok");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.runtime");
            assertThat(p.message()).isEqualTo("script threw Error: no value");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void aFailingTimerIsReportedAndTheOthersStillRun() {
        RecordingSinkStub sink = read("""
                setTimeout(function () { throw new TypeError('broken timer'); });
                setTimeout(function () { dataLayer.push({event: 'still runs'}); });
                """);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("still runs");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("input.runtime");
            assertThat(p.message()).isEqualTo("script threw TypeError: broken timer");
            assertThat(p.location()).isEqualTo(at(1, 32)); // where the error was created
        });
    }

    @Test
    void aFailingSinkIsNotMistakenForBadInput() {
        PushSink broken = new PushSink() {
            @Override
            public void push(Push push) {
                throw new IllegalStateException("sink broke");
            }

            @Override
            public void problem(InputProblem problem) {}
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.read(
                        RecordingSource.ofText(FILE, "try { dataLayer.push({}); } catch (e) {} dataLayer.push({});"),
                        broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sink broke");
    }
}
