package dev.datalayerlint.core.values;

import dev.datalayerlint.core.api.Validator;

/**
 * A deliberate layering violation, compiled with the tests only: the lowest layer reaching the top one. The
 * architecture test proves its rules catch it, so they cannot silently pass on everything.
 */
public final class PlantedBackEdge {

    private PlantedBackEdge() {}

    /** Uses the facade from below it. */
    public static Validator backEdge() {
        return Validator.create();
    }
}
