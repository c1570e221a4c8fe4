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
     * The raw GA4 hit of a capture-envelope line (the envelope's {@code hit} member, with the script that sent it or the
     * envelope line), handed on before the events decoded from it arrive as {@link PushKind#GA4_HIT} pushes; a sink
     * that shows hits as sent (the html report) keeps it, others ignore it.
     */
    default void hit(tools.jackson.databind.JsonNode hit, SourceLocation location) {}

    /**
     * The pushes that follow belong to the recording {@code id} of this file, numbered from 0 again: a capture
     * envelope holding the lines of several journeys. Readers call it only when a file holds more than one
     * recording; a sink that keeps one recording per file ignores it.
     */
    default void recording(String id) {}

    /** Convenience for readers. */
    default void problem(RuleDescriptor rule, String message, SourceLocation location) {
        problem(new InputProblem(rule, message, location));
    }
}
