package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.JsLimits;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-call copy of a pushed value ({@link SnapshotText}) gives exactly what the per-value polyglot walk gives,
 * node types included, for every kind of value a page can push (issue 15).
 */
class SnapshotTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "({event: 'purchase', ecommerce: {value: 12.5, currency: 'EUR', items: [{item_id: 'a', price: 3}]}})",
                "({i: 1, n: -7, big: 2147483648, safe: 9007199254740992, beyond: 9007199254740994, huge: 1e21})",
                "({z: -0, f: 0.1, tiny: 1e-7, nan: NaN, inf: Infinity, ninf: -Infinity, max: Number.MAX_VALUE})",
                "({u: undefined, nul: null, fn: function () {}, arrow: () => 1, b: 12345678901234567890n, s: -3n})",
                "({d: new Date(0), bad: new Date(NaN), sym: Symbol('x'), re: /a/g, m: new Map([[1, 2]])})",
                "({'\\u0000': 1, '\\u0000\\u0000x': [undefined], '__proto__': {a: 1}, '': 'empty', 'a/b~c': 2})",
                "({2: 'two', 1: 'one', b: 'b', a: 'a', 'lone': '\\ud800', nul: 'a\\u0000b', emoji: '\\ud83d\\ude00'})",
                "(function () { const o = {a: 1}; o.self = o; o.list = [o, {o: o}]; return o; })()",
                "(function () { let o = {}; const top = o; for (let i = 0; i < 80; i++) { o.next = {}; o = o.next; }"
                        + " return top; })()",
                "(function () { const a = []; for (let i = 0; i < 100005; i++) { a[i] = i; } return {x: {a: a}}; })()",
                "(function () { return arguments; })('event', 'page_view', {x: [1, 2]})",
                "new Proxy([], {get: (t, k) => k === 'length' ? 2 ** 63 : 7})",
                "new Proxy([], {get: (t, k) => k === 'length' ? '3' : 7})",
                "[[1, [2, [3]]], undefined, , 'hole before']",
                "new Proxy([1, {a: 2}], {})",
                "new Proxy({a: 1, b: [2]}, {get: function (t, k) { return k === 'b' ? 'trapped' : t[k]; }})",
                "({get lazy() { return {computed: true}; }, plain: 1})",
                "({n: {[Symbol.toStringTag]: 'Date'}, a: Object.assign([1, 2], {extra: 3})})",
                "'just a string'",
                "42",
                "undefined",
                "null",
                "Object.create(null)",
            })
    void theOneCallCopyEqualsThePerValueWalk(String expression) {
        try (Context context = JsSandbox.SHARED.newContext(JsLimits.DEFAULTS)) {
            Value install = context.eval(JsSandbox.SHARED.prelude());
            PageEnvironment page = new PageEnvironment(install.execute(ProxyObject.fromMap(Map.of())));
            JsSnapshot snapshot = new JsSnapshot(page);
            Value value = context.eval("js", expression);

            JsSnapshot.Copy fast = snapshot.copy(value);
            JsSnapshot.Copy slow = snapshot.copyPerValue(value);

            assertThat(fast.payload()).isEqualTo(slow.payload());
            assertThat(fast.payload().toString()).isEqualTo(slow.payload().toString());
            assertThat(types(fast.payload())).isEqualTo(types(slow.payload()));
            assertThat(fast.argumentsObject()).isEqualTo(slow.argumentsObject());
            assertThat(fast.cuts()).isEqualTo(slow.cuts());
        }
    }

    /** The node classes in document order: an IntNode and a LongNode of the same number are not the same copy. */
    private static String types(tools.jackson.databind.JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        for (tools.jackson.databind.JsonNode child : node) {
            out.append('(').append(types(child)).append(')');
        }
        return out.toString();
    }
}
