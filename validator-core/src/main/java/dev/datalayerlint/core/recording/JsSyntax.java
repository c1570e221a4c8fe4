package dev.datalayerlint.core.recording;

import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Checks that a piece of JavaScript parses, without running it: tagging-spec pages carry a code block that developers
 * copy, so it must be valid JavaScript, but it is not a recording and must never execute. Uses the same locked
 * {@link JsSandbox} (and engine) as the JavaScript recordings, so a spec run never starts a second engine.
 */
public final class JsSyntax {

    private JsSyntax() {}

    /**
     * Parses {@code code} with GraalJS ({@code Context.parse}, no evaluation).
     *
     * @param name the name locations carry as their file
     * @return the syntax problem, with its line and column within {@code code}, or empty when it parses
     */
    public static Optional<InputProblem> check(String name, String code) {
        Source source = Source.newBuilder("js", code, name).buildLiteral();
        try (Context context = JsSandbox.SHARED.newContext(JsLimits.DEFAULTS)) {
            context.parse(source);
            return Optional.empty();
        } catch (PolyglotException e) {
            return Optional.of(new ScriptFailures(name, source, JsLimits.DEFAULTS).classify(e, null, false));
        }
    }
}
