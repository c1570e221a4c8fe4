package dev.datalayerlint.core.spi;

import dev.datalayerlint.core.values.JsValues;

/**
 * Receives a recording as it is read. Readers call it push by push, so an NDJSON capture of any length is validated
 * in constant memory and a JavaScript recording keeps what it pushed before it failed.
 */
public interface PushSink {

    void push(Push push);

    /** The input itself is broken here (syntax, encoding, sandbox, time limit…); reading may go on after it. */
    void problem(InputProblem problem);

    /**
     * The value GTM's data model holds for a dotted key right now, as a function push's {@code this.get(key)}
     * would see it; {@link JsValues#UNDEFINED} when the sink keeps no model.
     */
    default tools.jackson.databind.JsonNode modelValue(String dottedKey) {
        return JsValues.UNDEFINED;
    }

    /**
     * A GA4 hit a browser capture recorded between the pushes (the envelope's {@code hit} member, with the script
     * that sent it or the envelope line); a sink that does not show hits ignores it.
     */
    default void hit(tools.jackson.databind.JsonNode hit, SourceLocation location) {}

    /** Convenience for readers. */
    default void problem(RuleDescriptor rule, String message, SourceLocation location) {
        problem(new InputProblem(rule, message, location));
    }
}
