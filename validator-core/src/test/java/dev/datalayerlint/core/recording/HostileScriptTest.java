package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingSource;
import org.junit.jupiter.api.Test;

/** Issue 11, item 10: a recording that tampers with built-ins cannot make the recorder lose pushes. */
class HostileScriptTest {

    @Test
    void anArrayPrototypeIndexSetterDropsNoPushOfAnAssignedArrayNorAnyTimerCallback() {
        String script = """
                Object.defineProperty(Array.prototype, '0', {set: function (v) {}, configurable: true});
                window.dataLayer = [{event: 'assigned'}];
                dataLayer.push({event: 'pushed'});
                setTimeout(function () { dataLayer.push({event: 'timer'}); }, 10);
                dataLayer.push(function () { this.set('a', [1, 2]); });
                dataLayer.push(function () { this.set('b', this.get('a')); });
                """;
        RecordingSinkStub sink = new RecordingSinkStub();

        new JsRecordingReader().read(RecordingSource.ofText("tamper.js", script), sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("assigned", "pushed", null, null, "timer");
    }

    @Test
    void aGetterThatShortensItsArrayOrDeletesAKeyWhileThePushIsCopiedIsReadAsJavaScriptWouldSeeIt() {
        String script = """
                window.dataLayer = window.dataLayer || [];
                var items = [{item_id: 'A'}, {item_id: 'B'}, {item_id: 'C'}];
                Object.defineProperty(items, '0', {get: function () { items.length = 1; return {item_id: 'A'}; }});
                dataLayer.push({event: 'shortened', ecommerce: {items: items}});
                var order = {get first() { delete this.second; return 1; }, second: 2, third: 3};
                dataLayer.push({event: 'deleted', order: order});
                dataLayer.push({event: 'after'});
                """;
        RecordingSinkStub sink = new RecordingSinkStub();

        new JsRecordingReader().read(RecordingSource.ofText("getters.js", script), sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("shortened", "deleted", "after");
        assertThat(sink.push(0).payload().at("/ecommerce/items").toString()).isEqualTo("[{\"item_id\":\"A\"}]");
        assertThat(sink.push(1).payload().at("/order").toString()).isEqualTo("{\"first\":1,\"third\":3}");
    }
}
