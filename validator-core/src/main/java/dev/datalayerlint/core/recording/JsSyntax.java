package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Checks that pieces of JavaScript parse, without running them: tagging-spec pages carry a code block that developers
 * copy, so it must be valid JavaScript, but it is not a recording and must never execute. Uses the same locked
 * {@link JsSandbox} (and engine) as the JavaScript recordings, so a spec run never starts a second engine. One
 * checker holds one context for all its parses (nothing runs in it, so nothing is left behind between them); it is
 * not thread-safe, use one per thread.
 */
public final class JsSyntax implements AutoCloseable {

    private Context context;

    /**
     * Parses {@code code} with GraalJS ({@code Context.parse}, no evaluation).
     *
     * @param name the name locations carry as their file
     * @return the syntax problem, with its line and column within {@code code}, or empty when it parses
     */
    public Optional<InputProblem> check(String name, String code) {
        Source source = Source.newBuilder("js", code, name).cached(false).buildLiteral();
        if (context == null) {
            context = JsSandbox.SHARED.newContext(JsLimits.DEFAULTS);
        }
        try {
            context.parse(source);
            return Optional.empty();
        } catch (PolyglotException e) {
            return Optional.of(new ScriptFailures(name, source, JsLimits.DEFAULTS).classify(e, null, false, null));
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
