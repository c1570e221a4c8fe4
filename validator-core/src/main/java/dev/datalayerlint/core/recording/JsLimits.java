package dev.datalayerlint.core.recording;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a JavaScript recording may run before it is stopped. A recording is untrusted code that could loop forever;
 * both limits turn such a file into an input problem instead of a hung run.
 *
 * @param statementLimit most JavaScript statements one recording may execute (its page set-up and timers included);
 *     past it the run stops with {@code input.limit}
 * @param wallClock longest one recording may run; past it the run stops with {@code input.timeout}
 */
public record JsLimits(long statementLimit, Duration wallClock) implements java.io.Serializable {

    /** Far above any hand-written or captured recording, low enough to stop an endless loop in about a second. */
    public static final long DEFAULT_STATEMENT_LIMIT = 5_000_000;

    public static final Duration DEFAULT_WALL_CLOCK = Duration.ofSeconds(5);

    public static final JsLimits DEFAULTS = new JsLimits(DEFAULT_STATEMENT_LIMIT, DEFAULT_WALL_CLOCK);

    public JsLimits {
        Objects.requireNonNull(wallClock, "wallClock");
        if (statementLimit <= 0) {
            throw new IllegalArgumentException("statementLimit must be positive: " + statementLimit);
        }
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("wallClock must be positive: " + wallClock);
        }
    }

    /** The wall-clock limit as a person reads it: {@code 5 s}, {@code 1500 ms}. */
    String wallClockText() {
        long millis = wallClock.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
