package dev.datalayerlint.core.model;

import dev.datalayerlint.core.spi.Push;

/**
 * How deeply a push nests, measured without recursion, so that a push too deep for the recursive parts of the
 * linter (GTM's merge, the contract checks, the rules) is refused with an {@code input.limit} finding instead of
 * overflowing the stack. GTM turns a dotted key into a path, so {@code {"a.b.c": 1}} nests as deep as
 * {@code {a: {b: {c: 1}}}}: every segment of a key, and of a command array's method path, counts as a level.
 *
 * <p>Real pushes nest five or six levels deep; {@value #MAX} leaves room for anything a page plausibly sends.
 */
public final class PushDepth {

    /** The deepest push the linter checks; documented in {@code docs/rules/input.limit.md}. */
    public static final int MAX = 100;

    private PushDepth() {}

    /**
     * The number of levels of {@code push}'s payload: 0 for a scalar, 1 for {@code {a: 1}}, 3 for
     * {@code {"a.b.c": 1}}; past {@link #MAX} the walk stops, and the number returned is only known to exceed it.
     */
    public static int of(Push push) {
        return PushShape.of(push).depth();
    }

    /** The message of a push refused for its depth (the walk stops past the limit, so the depth is a lower bound). */
    public static String refusal() {
        return "push nests more than " + MAX + " levels deep (each segment of a dotted key counts), the most"
                + " datalayer-lint checks: it was neither checked nor merged into the data model";
    }

    /** The levels a key (or a command's method path) counts for: one per dot-separated segment. */
    static int segments(String key) {
        int segments = 1;
        for (int i = key.indexOf('.'); i >= 0; i = key.indexOf('.', i + 1)) {
            segments++;
        }
        return segments;
    }
}
