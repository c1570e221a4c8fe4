package dev.datalayerlint.bench;

import dev.datalayerlint.core.spi.Push;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One set of JMH settings for every benchmark here (JMH's annotations are inherited): average time per operation in
 * microseconds, short warm-up and measurement, one fork, so the whole suite fits in about two minutes.
 *
 * <p>The sessions are the small seeded one of {@link Recordings} unless {@code -p capture=FILE} names an NDJSON
 * capture (a {@code bench/run} recording, {@code target/bench/data/rec-10000.ndjson}), whose first pushes are then
 * timed instead: the synthetic session is heavy on purchases and refunds, a capture has the mix of a shop's traffic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC"})
public abstract class BenchSettings {

    /** An NDJSON capture to take the sessions from; empty for the synthetic session. */
    @Param({""})
    public String capture;

    /** The session of {@code pushes} pushes this run times. */
    protected List<Push> session(int pushes, long seed) {
        return capture.isEmpty() ? Recordings.session(pushes, seed) : Recordings.firstPushes(Path.of(capture), pushes);
    }
}
