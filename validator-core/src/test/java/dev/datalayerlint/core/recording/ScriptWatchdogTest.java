package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.SourceLocation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The watchdog on plain Java work, where a test decides exactly when the work would stop. */
class ScriptWatchdogTest {

    private static final SourceLocation HERE = new SourceLocation("work.js", 1, 1);

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
    void workThatIgnoresTheSoftStopIsAbandonedAndCanNoLongerReachTheSink() throws InterruptedException {
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean softStopped = new AtomicBoolean();
        CountDownLatch afterAbandon = new CountDownLatch(1);
        SinkRelay relay = new SinkRelay();
        RecordingSinkStub sink = new RecordingSinkStub();

        ScriptWatchdog.Result result = new ScriptWatchdog(Duration.ofMillis(100))
                .supervise(
                        setUpDone -> {
                            setUpDone.run();
                            relay.problem(InputRules.RUNTIME, "before the stop", HERE);
                            while (!release.get()) {
                                Thread.onSpinWait(); // like a built-in call: burns CPU, never looks at the stop
                            }
                            try {
                                relay.problem(InputRules.RUNTIME, "after abandonment", HERE);
                            } finally {
                                afterAbandon.countDown();
                            }
                        },
                        () -> softStopped.set(true),
                        relay,
                        sink);

        assertThat(result.outcome()).isEqualTo(ScriptWatchdog.Outcome.ABANDONED);
        assertThat(softStopped).isTrue();
        release.set(true);
        afterAbandon.await();
        assertThat(sink.problems).extracting(InputProblem::message).containsExactly("before the stop");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void workThatEndsWithinItsTimeIsDeliveredInOrder() {
        SinkRelay relay = new SinkRelay();
        RecordingSinkStub sink = new RecordingSinkStub();

        ScriptWatchdog.Result result = new ScriptWatchdog(Duration.ofMinutes(5))
                .supervise(
                        setUpDone -> {
                            setUpDone.run();
                            for (int i = 0; i < 5000; i++) { // more than the relay holds at once
                                relay.problem(InputRules.RUNTIME, "m" + i, HERE);
                            }
                        },
                        () -> {},
                        relay,
                        sink);

        assertThat(result.outcome()).isEqualTo(ScriptWatchdog.Outcome.FINISHED);
        assertThat(result.failure()).isNull();
        assertThat(sink.problems).hasSize(5000);
        assertThat(sink.problems.get(4999).message()).isEqualTo("m4999");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void timeBeforeTheSetUpIsDoneDoesNotCount() {
        SinkRelay relay = new SinkRelay();
        RecordingSinkStub sink = new RecordingSinkStub();

        // a 1 ns limit: any CPU time counted at all would stop the work
        ScriptWatchdog.Result result = new ScriptWatchdog(Duration.ofNanos(1))
                .supervise(
                        setUpDone -> {
                            long sum = 0;
                            for (int i = 0; i < 50_000_000; i++) {
                                sum += i;
                            }
                            relay.problem(InputRules.RUNTIME, "set up " + sum, HERE);
                        },
                        () -> {},
                        relay,
                        sink);

        assertThat(result.outcome()).isEqualTo(ScriptWatchdog.Outcome.FINISHED);
        assertThat(sink.problems).hasSize(1);
    }
}
