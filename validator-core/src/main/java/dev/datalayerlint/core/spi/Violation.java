package dev.datalayerlint.core.spi;

/**
 * What a check finds: what is wrong and where in the push. The engine, not the check, adds rule id, severity and
 * source location (as in Spectral's rule functions).
 *
 * @param pointer RFC 6901 pointer into the push payload, {@code ""} for the whole push
 */
public record Violation(String pointer, String message) {}
