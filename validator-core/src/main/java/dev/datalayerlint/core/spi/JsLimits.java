package dev.datalayerlint.core.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a JavaScript recording may run before it is stopped. A recording is untrusted code that could loop forever;
 * both limits turn such a file into an input problem instead of a hung run, and both count only the recording's own
 * work, so a busy machine gives the same verdict as an idle one.
 *
 * <p>The statement limit is the deterministic guard: it counts the statements of the recording and of code it creates
 * ({@code eval}, {@code new Function}, string timers), never those of the page set-up script the sandbox runs first or
 * of its recorder, so it trips at the same statement on every machine. The CPU-time limit is the backstop for work
 * that is not statements (one long built-in call such as BigInt arithmetic or {@code 'x'.repeat(1e9)}): it counts the
 * CPU time of the thread running the recording from the end of the page set-up, never wall-clock time, engine start-up
 * or the page set-up.
 *
 * @param statementLimit most JavaScript statements one recording may execute (its timers and eval'd code included);
 *     past it the run stops with {@code input.limit}
 * @param cpuTime most CPU time the recording's own execution may use; past it the run stops with {@code input.timeout}
 */
public record JsLimits(long statementLimit, Duration cpuTime) implements java.io.Serializable {

    /** Far above any hand-written or captured recording, low enough to stop an endless loop in a few seconds. */
    public static final long DEFAULT_STATEMENT_LIMIT = 5_000_000;

    /** Generous: the statement limit stops ordinary loops long before this on any machine. */
    public static final Duration DEFAULT_CPU_TIME = Duration.ofSeconds(30);

    public static final JsLimits DEFAULTS = new JsLimits(DEFAULT_STATEMENT_LIMIT, DEFAULT_CPU_TIME);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m)");

    public JsLimits {
        Objects.requireNonNull(cpuTime, "cpuTime");
        if (statementLimit <= 0) {
            throw new IllegalArgumentException("the statement limit must be a positive number: " + statementLimit);
        }
        if (cpuTime.isNegative() || cpuTime.isZero()) {
            throw new IllegalArgumentException("the JavaScript time limit must be positive: " + cpuTime);
        }
    }

    /** These limits with another statement limit. */
    public JsLimits withStatementLimit(long limit) {
        return new JsLimits(limit, cpuTime);
    }

    /** These limits with another CPU-time limit. */
    public JsLimits withCpuTime(Duration limit) {
        return new JsLimits(statementLimit, limit);
    }

    /**
     * Reads a time limit as users write it: a whole number of at most 12 digits and a unit, {@code ms}, {@code s} or
     * {@code m}, in lower case and without a space ({@code 1500ms}, {@code 30s}, {@code 2m}); the same syntax as the
     * configuration file's {@code jsTimeout}.
     *
     * @throws IllegalArgumentException naming the text and the accepted syntax
     */
    public static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write a whole number and a unit, "
                    + "ms, s or m, e.g. 30s or 1500ms");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration");
        }
        return duration;
    }

    /**
     * Reads a statement limit: a positive whole number, optionally with {@code _} between digits.
     *
     * @throws IllegalArgumentException naming the text
     */
    public static long parseStatementLimit(String text) {
        String digits = text == null ? "" : text.strip().replace("_", "");
        try {
            long limit = Long.parseLong(digits);
            if (limit > 0 && digits.chars().allMatch(Character::isDigit)) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a statement limit; write a positive whole number");
    }

    /** The CPU-time limit as a person reads it: {@code 30 s}, {@code 1500 ms}. */
    public String cpuTimeText() {
        long millis = cpuTime.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
