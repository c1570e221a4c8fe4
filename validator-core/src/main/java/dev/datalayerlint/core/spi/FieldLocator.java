package dev.datalayerlint.core.spi;

import java.util.Optional;

/**
 * Finds where a field of one push is written in its source, so a finding about {@code /ecommerce/items/0/quantity}
 * points at the {@code quantity} key rather than at the start of a twenty-line push. Readers hand one to each push
 * they make; it is asked only when a finding is made, so a reader keeps just enough to answer then (the line of an
 * NDJSON capture, the offset of a push in a JSON dump, the call site in a script) and reading stays fast.
 */
@FunctionalInterface
public interface FieldLocator {

    /** For pushes whose source text is not known (handed over as {@code JsonNode}s). */
    FieldLocator NONE = pointer -> Optional.empty();

    /**
     * Where the member named by the last token of {@code pointer} is written: its key for an object member, its first
     * character for an array element. A member that is not in the source (a required field that is missing) gives
     * the nearest enclosing member there is; empty when not even the first token can be found.
     *
     * @param pointer an RFC 6901 pointer into the push payload, not {@code ""}
     */
    Optional<SourceLocation> locate(String pointer);
}
