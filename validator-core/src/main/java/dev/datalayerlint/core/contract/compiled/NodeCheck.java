package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * One compiled piece of a JSON Schema: whether a value satisfies it, exactly as networknt (the reference
 * implementation) would judge it. Where a check cannot be sure (a JavaScript marker node, NaN, a value networknt
 * treats in its own way) it throws {@link Undecided} instead of guessing, so that {@code not}, {@code oneOf} and
 * {@code if} can trust both answers; the compiled schema then leaves the value to networknt. The passing path
 * allocates nothing.
 */
@FunctionalInterface
public interface NodeCheck {

    /**
     * Whether {@code node} satisfies this part of the schema.
     *
     * @throws Undecided when only networknt can tell
     */
    boolean accepts(JsonNode node);

    /** The schema {@code true} (or an object of annotations only): everything passes. */
    NodeCheck ANYTHING = node -> true;

    /** The schema {@code false}: nothing passes. */
    NodeCheck NOTHING = node -> false;
}
