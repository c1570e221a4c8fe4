package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.PushSink;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs one recording's script on its own daemon thread and stops it once the script has used more CPU time than its
 * limit allows. The caller's thread meanwhile delivers what the script reports (through a {@link SinkRelay}) and
 * polls the script thread's CPU time; it never waits on the script and never calls anything that could block on it.
 *
 * <p>Time is the script thread's CPU time ({@link ThreadMXBean#getThreadCpuTime}), counted from the moment the script
 * says its page set-up is done: engine creation happens on the caller's thread, the set-up script before counting
 * starts, and validation on the caller's thread, so none of it counts, and a machine busy with other work gives the
 * same verdict. (Where the JVM cannot measure thread CPU time, elapsed time is used instead.)
 *
 * <p>Stopping has two steps. The soft stop (closing the context with cancellation) runs on a separate daemon thread,
 * because {@code Context.close(true)} waits for the script to reach a safepoint, which a long built-in call (BigInt
 * multiplication, {@code 'x'.repeat(1e9)}, joining a huge array) does not reach until it returns. If the script thread
 * then uses {@link #GRACE_CPU} more CPU time without ending (or has not ended {@link #GRACE_WALL} later), it is
 * abandoned: the relay is closed so nothing it does can reach the sink again, its context is left to the stopping
 * thread, and the caller goes on. An abandoned thread is a daemon: it never keeps the JVM alive, and it ends once the
 * built-in call returns and meets the cancellation.
 */
final class ScriptWatchdog {

    /** How often the caller looks at the script's CPU time when the script reports nothing. */
    static final Duration POLL = Duration.ofMillis(20);

    /** CPU time the script thread may still use after the soft stop before it is abandoned. */
    static final Duration GRACE_CPU = Duration.ofSeconds(2);

    /** Backstop for a stopped thread that neither ends nor uses CPU time. */
    static final Duration GRACE_WALL = Duration.ofSeconds(60);

    /** What the page set-up may use before counting starts; far above what it needs on any machine. */
    static final Duration SET_UP_ALLOWANCE = JsLimits.DEFAULT_CPU_TIME;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How a supervised script ended. */
    enum Outcome {
        /** It ended by itself, within its limit. */
        FINISHED,
        /** It went past its limit and stopped when told to. */
        STOPPED,
        /** It went past its limit and did not stop: the caller gave up on it. */
        ABANDONED
    }

    /** The result of one script: how it ended and what the script thread threw, if anything. */
    record Result(Outcome outcome, Throwable failure) {}

    private final long limitNanos;

    ScriptWatchdog(Duration cpuLimit) {
        this.limitNanos = nanos(cpuLimit);
    }

    /**
     * Runs {@code script} on a new daemon thread and delivers what it sends to {@code relay} into {@code sink} until
     * it ends or is abandoned.
     *
     * @param script the script's work; it calls the {@link Runnable} it is given once its page set-up is done, from
     *     when on its CPU time counts
     * @param softStop stops the script wherever it is; called at most once, on a thread of its own
     * @throws RuntimeException what the real sink threw; the script is then stopped and abandoned
     */
    Result supervise(Consumer<Runnable> script, Runnable softStop, SinkRelay relay, PushSink sink) {
        ScriptThread worker = new ScriptThread(script, relay);
        worker.start();
        boolean stopping = false;
        long stopCpu = 0;
        long stopWall = 0;
        try {
            while (true) {
                boolean ended = !worker.isAlive(); // read first: a thread that has ended has queued all it sent
                if (relay.deliver(sink, ended ? Duration.ZERO : POLL)) {
                    return new Result(stopping ? Outcome.STOPPED : Outcome.FINISHED, worker.failure);
                }
                if (ended) { // it could not even report its end
                    Throwable failure = worker.failure != null
                            ? worker.failure
                            : new IllegalStateException("the JavaScript recording's thread ended unexpectedly");
                    return new Result(stopping ? Outcome.STOPPED : Outcome.FINISHED, failure);
                }
                long used = worker.usedNanos();
                if (!stopping) {
                    long allowed = worker.counting() ? limitNanos : nanos(SET_UP_ALLOWANCE);
                    if (used > allowed) {
                        stopping = true;
                        stopCpu = used;
                        stopWall = System.nanoTime();
                        stopAsync(softStop);
                    }
                } else if (used - stopCpu > GRACE_CPU.toNanos()
                        || System.nanoTime() - stopWall > GRACE_WALL.toNanos()) {
                    relay.abandon();
                    return new Result(Outcome.ABANDONED, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(relay, softStop, stopping);
            throw new CancellationException("interrupted while running a JavaScript recording");
        } catch (RuntimeException | Error sinkFailure) {
            giveUp(relay, softStop, stopping);
            throw sinkFailure;
        }
    }

    private static void giveUp(SinkRelay relay, Runnable softStop, boolean stopping) {
        relay.abandon();
        if (!stopping) {
            stopAsync(softStop);
        }
    }

    private static void stopAsync(Runnable softStop) {
        Thread stopper = new Thread(
                () -> {
                    try {
                        softStop.run();
                    } catch (RuntimeException ignored) {
                        // the script ended at the same moment: nothing left to stop
                    }
                },
                "datalayer-lint-js-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The thread a script runs on, with the CPU time it had used when counting started. */
    private static final class ScriptThread extends Thread {

        private static final long NOT_COUNTING = Long.MIN_VALUE;

        private final Consumer<Runnable> script;
        private final SinkRelay relay;
        private final long created = System.nanoTime();
        private volatile long baseline = NOT_COUNTING;
        private volatile Throwable failure;

        ScriptThread(Consumer<Runnable> script, SinkRelay relay) {
            super("datalayer-lint-js-recording");
            this.script = script;
            this.relay = relay;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                script.accept(() -> baseline = cpuNow(this));
            } catch (SinkRelay.Abandoned gone) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            try {
                relay.end();
            } catch (SinkRelay.Abandoned gone) {
                // nobody is listening any more
            }
        }

        boolean counting() {
            return baseline != NOT_COUNTING;
        }

        long usedNanos() {
            long now = cpuNow(this);
            long base = baseline;
            return base == NOT_COUNTING ? now : now - base;
        }
    }

    /** The thread's CPU time, or elapsed time where the JVM cannot tell CPU time; 0 before it starts. */
    private static long cpuNow(ScriptThread thread) {
        if (THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
            long cpu = THREADS.getThreadCpuTime(thread.threadId());
            return Math.max(cpu, 0);
        }
        return System.nanoTime() - thread.created;
    }
}
