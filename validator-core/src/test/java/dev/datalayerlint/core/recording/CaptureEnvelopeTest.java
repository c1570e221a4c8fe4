package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.values.JsValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Envelope lines read by the NDJSON reader, next to bare pushes: locations, gtag arguments, markers, hits. */
class CaptureEnvelopeTest {

    private static final String ENVELOPE = """
            {"recording":"r1","seq":0,"ts":1,"url":"https://shop/","source":{"url":"https://shop/a.js","line":7,"column":11},"via":"push","kind":"gtag","push":["event","refund",{"value":1}]}
            {"recording":"r1","seq":1,"ts":2,"url":"https://shop/","source":null,"via":"push","kind":"object","push":{"event":"x","cb":{"$js":"function","name":""},"u":{"$js":"undefined"},"n":{"$js":"number","value":"NaN"},"el":{"$js":"node","nodeName":"A"}}}
            {"recording":"r1","seq":2,"ts":3,"url":"https://shop/","source":null,"via":"push","kind":"object","hit":{"en":"refund"}}
            {"event":"plain"}
            """;

    @Test
    void envelopeLinesBecomePushesAtTheirScript() {
        List<Push> pushes = new ArrayList<>();
        new NdjsonRecordingReader().read(RecordingSource.ofText("rec.ndjson", ENVELOPE), new PushSink() {
            @Override
            public void push(Push push) {
                pushes.add(push);
            }

            @Override
            public void problem(InputProblem problem) {
                throw new AssertionError(problem.toString());
            }
        });
        assertThat(pushes).hasSize(3);
        assertThat(pushes.get(0).kind()).isEqualTo(PushKind.GTAG);
        assertThat(pushes.get(0).eventName()).isEqualTo("refund");
        assertThat(pushes.get(0).location()).hasToString("https://shop/a.js:7:11");
        Push markers = pushes.get(1);
        assertThat(markers.location()).hasToString("rec.ndjson:2:1");
        assertThat(JsValues.isFunction(markers.payload().get("cb"))).isTrue();
        assertThat(JsValues.isUndefined(markers.payload().get("u"))).isTrue();
        assertThat(JsValues.isNonFinite(markers.payload().get("n"))).isTrue();
        assertThat(markers.payload().get("el").get("nodeName").asString()).isEqualTo("A");
        assertThat(pushes.get(2).index()).isEqualTo(2);
        assertThat(pushes.get(2).location()).hasToString("rec.ndjson:4:1");
        assertThat(pushes.get(2).eventName()).isEqualTo("plain");
    }

    @Test
    void aSeqBeyondTheWholeNumbersIsAProblemOnItsLineAndTheOtherLinesAreRead() {
        String capture = """
                {"recording":"r1","seq":0,"push":{"event":"first"}}
                {"recording":"r1","seq":100000000000000000000000000000,"push":{"event":"lost"}}
                {"recording":"r1","seq":1,"push":{"event":"second"}}
                """;
        RecordingSinkStub sink = new RecordingSinkStub();

        new NdjsonRecordingReader().read(RecordingSource.ofText("rec.ndjson", capture), sink);

        assertThat(sink.pushes).extracting(Push::eventName).containsExactly("first", "second");
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(InputRules.SYNTAX);
            assertThat(problem.location()).hasToString("rec.ndjson:2:1");
            assertThat(problem.message()).contains("seq 100000000000000000000000000000");
        });
    }
}
