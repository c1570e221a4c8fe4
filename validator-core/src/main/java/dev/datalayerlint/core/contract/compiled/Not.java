package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/** {@code not}: the inner schema fails. */
record Not(NodeCheck inner) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        return !inner.accepts(node);
    }
}
