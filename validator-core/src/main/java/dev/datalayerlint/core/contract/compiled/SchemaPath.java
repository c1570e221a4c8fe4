package dev.datalayerlint.core.contract.compiled;

import java.util.List;

/**
 * Where in a schema document a keyword stands: the document's IRI and the fragment's steps (member names, and list
 * positions as integers). Our own copy of what networknt calls a schema location, so that messages can be built from
 * errors of either validator, and written the same way ({@code https://…/ga4/refund.json#/properties/currency}).
 *
 * @param iri the absolute IRI of the document, without a fragment
 * @param fragment the steps from the document's root, each a {@link String} or an {@link Integer}
 */
public record SchemaPath(String iri, List<Object> fragment) {

    public SchemaPath {
        fragment = List.copyOf(fragment);
    }

    /** The first {@code steps} steps of this path. */
    public SchemaPath prefix(int steps) {
        return new SchemaPath(iri, fragment.subList(0, steps));
    }

    /** The last step, or null at a document's root. */
    public Object last() {
        return fragment.isEmpty() ? null : fragment.get(fragment.size() - 1);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(iri).append('#');
        for (Object step : fragment) {
            text.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }
}
