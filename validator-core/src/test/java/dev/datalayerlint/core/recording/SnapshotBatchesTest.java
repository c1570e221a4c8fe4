package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.JsLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsSnapshot} reads values in batches (one call per run of members); the pushes must be exactly what the
 * per-value walk ({@link PerValueSnapshot}) made, node type for node type, with the same cuts, and the page must see
 * the same reads in the same order: every script below runs twice in fresh contexts, once per copy, and logs what its
 * getters and Proxy traps saw into a last push.
 */
class SnapshotBatchesTest {

    private static final String LOG = """
            const log = [];
            function logged(name, value) {
              return {get() { log.push(name); return value; }, enumerable: true, configurable: true};
            }
            """;

    @ParameterizedTest
    @ValueSource(
            strings = {
                // leaves of every kind, nested
                "dataLayer.push({s: 'x', b: true, n: null, u: undefined, i: 1, d: 1.5, z: -0, nan: NaN, inf: -Infinity,"
                        + " big: 2 ** 53, bigger: 2 ** 53 + 2, huge: 1e300, small: -(2 ** 31), bi: 1n, bii: 2n ** 80n,"
                        + " f: function () {}, arrow: () => 1, sym: Symbol('s'), o: {a: [1, 'two', {three: 3}]}});",
                // wrappers, dates, other objects
                "dataLayer.push({str: new String('s'), bool: new Boolean(false), obi: Object(1n),"
                        + " date: new Date(0), bad: new Date(NaN), map: new Map([[1, 2]]), typed: new Uint8Array(3),"
                        + " re: /x/g, err: new Error('e'), cls: new (class A { constructor() { this.k = 1; } })()});",
                "const d = new Date(0); Object.defineProperty(d, Symbol.toStringTag, logged('tag', 'Nope'));"
                        + " const s = new String('w'); Object.defineProperty(s, Symbol.toStringTag, logged('stag', 'S'));"
                        + " dataLayer.push({d: d, s: s, after: 1});",
                // holes, prototype elements, integer-like and odd keys
                "dataLayer.push({holes: [1, , 3, , ], keys: {2: 'b', 1: 'a', x: 1, '-1': 2, '01': 3, 'a/b~c': 4}},"
                        + " JSON.parse('{\"__proto__\": {\"p\": 1}, \"\": 0}'));",
                "Object.defineProperty(Array.prototype, '1', logged('proto1', 'from proto'));"
                        + " Object.defineProperty(Object.prototype, 'q', logged('protoq', 1));"
                        + " dataLayer.push({holes: [0, , 2], plain: {a: 1}}); delete Array.prototype[1];",
                // getters: order of reads across siblings and depth, and a getter changing a later sibling
                "const o = {}; Object.defineProperty(o, 'a', logged('a', {x: 1, get y() { log.push('a.y');"
                        + " o2.v = 'changed'; return 2; }})); Object.defineProperty(o, 'b', logged('b', 'bee'));"
                        + " const o2 = {v: 'orig'}; Object.defineProperty(o, 'c', logged('c', o2));"
                        + " Object.defineProperty(o, 'd', logged('d', [1, {get e() { log.push('e'); return 5; }}, 3]));"
                        + " dataLayer.push(o);",
                "const r = Proxy.revocable({}, {}); r.revoke(); try { dataLayer.push({ok: 1, revoked: r.proxy}); }"
                        + " catch (e) { log.push('caught ' + e.name); }",
                // a throwing getter mid-object
                "try { dataLayer.push({a: 1, get b() { log.push('b'); throw new Error('boom'); }, c: 3}); }"
                        + " catch (e) { log.push('caught ' + e.message); }",
                // arguments objects, gtag-style and nested
                "function gtag() { dataLayer.push(arguments); } gtag('event', 'purchase', {value: 1, items: [{id: 1}]});"
                        + " dataLayer.push({args: (function () { return arguments; })(1, 'two', {three: 3})});",
                // cycles and depth
                "const c = {name: 'c'}; c.self = c; c.list = [c, {up: c}]; dataLayer.push(c);"
                        + " let deep = {leaf: 1}; for (let i = 0; i < 70; i++) { deep = {next: deep, i: i}; }"
                        + " dataLayer.push(deep); const shared = {s: 1}; dataLayer.push({x: shared, y: shared});",
                // the value limit, in an array, in an object, and reached inside a nested container
                "const many = []; for (let i = 0; i < 100010; i++) { many.push(i % 3 ? i : {i: i}); }"
                        + " dataLayer.push({many: many, after: 1});",
                "const wide = {}; for (let i = 0; i < 100010; i++) { wide['k' + i] = i; }"
                        + " Object.defineProperty(wide, 'k99999', logged('k99999', 1));"
                        + " Object.defineProperty(wide, 'k100005', logged('k100005', 1)); dataLayer.push(wide);",
                "const rows = []; for (let i = 0; i < 400; i++) { const row = []; for (let j = 0; j < 300; j++) {"
                        + " row.push(j); } rows.push(row); } dataLayer.push({rows: rows});",
                // function pushes and what they set
                "dataLayer.push(function () { this.set('k', {a: [1, undefined, () => 1]}); this.set('n', NaN); });",
            })
    void batchedCopyEqualsThePerValueCopy(String script) {
        List<String> batched = run(script, page -> new JsSnapshot(page)::copy);
        List<String> perValue = run(script, SnapshotBatchesTest::perValue);

        assertThat(batched).isNotEmpty().containsExactlyElementsOf(perValue);
    }

    /**
     * A Proxy's own {@code get} trap runs as before; the per-value walk's {@code getMember} also asked its
     * {@code getOwnPropertyDescriptor} trap before each read, which JavaScript's own {@code object[key]} does not: the
     * batched reads skip those extra trap calls, the copies are the same.
     */
    @org.junit.jupiter.api.Test
    void proxiesGiveTheSameCopyWithoutTheExtraDescriptorTraps() {
        String script = "const handler = {ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },"
                + " get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },"
                + " getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k));"
                + " return Reflect.getOwnPropertyDescriptor(t, k); }};"
                + " dataLayer.push({p: new Proxy({a: 1, b: {c: 2}, d: 'x'}, handler),"
                + " pa: new Proxy([1, {z: 1}, 'three'], handler), odd: new Proxy({length: 2.5, 0: 'a', 1: 'b'},"
                + " handler)});";
        List<String> batched = run(script, page -> new JsSnapshot(page)::copy);
        List<String> perValue = run(script, SnapshotBatchesTest::perValue);

        assertThat(batched.get(0)).isEqualTo(perValue.get(0));
        assertThat(batched.get(1))
                .isEqualTo(perValue.get(1).replaceAll("gopd ([^,]+),get \\1(?=,|$)", "get $1"))
                .contains("get a", "get b", "get d", "get 0", "get 2");
    }

    /**
     * An array shortened by a getter while it is copied: the per-value walk asked the polyglot API for an element
     * past the new end, which threw a host exception (the reader then failed as if it were broken); the batched
     * read is JavaScript's own {@code array[i]}, undefined there, as GTM would read it.
     */
    @org.junit.jupiter.api.Test
    void anArrayShortenedWhileCopiedReadsUndefinedPastItsEnd() {
        String script = "const a = [1, 2, 3, 4]; Object.defineProperty(a, 0, {get() { log.push('shrink');"
                + " a.length = 2; return 'x'; }, enumerable: true}); dataLayer.push({a: a, after: 'y'});";

        assertThat(run(script, page -> new JsSnapshot(page)::copy))
                .containsExactly(
                        "{\"a\":[\"x\",2,\"undefined\",\"undefined\"],\"after\":\"y\"} OASIPPS arguments=false cuts=[]",
                        "log shrink");
        assertThat(run(script, SnapshotBatchesTest::perValue).get(0)).startsWith("threw Invalid array index 2");
    }

    private static Function<Value, JsSnapshot.Copy> perValue(PageEnvironment page) {
        PerValueSnapshot reference = new PerValueSnapshot(page);
        return value -> {
            PerValueSnapshot.Copy copy = reference.copy(value);
            return new JsSnapshot.Copy(copy.payload(), copy.argumentsObject(), copy.cuts());
        };
    }

    /** Runs the script in a fresh page and lists every copy (with node types) and, last, what the page logged. */
    private static List<String> run(String script, Function<PageEnvironment, Function<Value, JsSnapshot.Copy>> copier) {
        List<String> copies = new ArrayList<>();
        JsSandbox sandbox = JsSandbox.SHARED;
        try (Context context = sandbox.newContext(JsLimits.DEFAULTS.withStatementLimit(1_000_000_000))) {
            Function<Value, JsSnapshot.Copy>[] copy = newCopier();
            ProxyExecutable record = args -> {
                copies.add(describe(copy[0].apply(args[0])));
                return null;
            };
            ProxyExecutable modelSet = args -> {
                copies.add("set " + args[0].asString() + " " + describe(copy[0].apply(args[1])));
                return null;
            };
            ProxyExecutable none = args -> null;
            Value install = context.eval(sandbox.prelude());
            PageEnvironment page = new PageEnvironment(install.execute(ProxyObject.fromMap(Map.of(
                    "record", record,
                    "beginFunction", none,
                    "modelGet", none,
                    "modelSet", modelSet,
                    "endFunction", none))));
            copy[0] = copier.apply(page);
            try {
                context.eval(Source.create("js", LOG + script));
                copies.add("log " + context.eval("js", "log.join()").asString());
            } catch (PolyglotException e) {
                copies.add("threw " + e.getMessage());
            }
        }
        return copies;
    }

    @SuppressWarnings("unchecked")
    private static Function<Value, JsSnapshot.Copy>[] newCopier() {
        return new Function[1];
    }

    private static String describe(JsSnapshot.Copy copy) {
        StringBuilder text = new StringBuilder();
        types(copy.payload(), text);
        return copy.payload() + " " + text + " arguments=" + copy.argumentsObject() + " cuts=" + copy.cuts();
    }

    /** The node classes in document order: an int and a long of the same value must not pass as equal. */
    private static void types(tools.jackson.databind.JsonNode node, StringBuilder text) {
        text.append(node.getClass().getSimpleName().charAt(0));
        for (tools.jackson.databind.JsonNode child : node) {
            types(child, text);
        }
    }
}
