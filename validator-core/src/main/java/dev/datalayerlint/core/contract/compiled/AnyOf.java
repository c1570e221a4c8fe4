package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/** {@code anyOf}: at least one branch passes. */
record AnyOf(NodeCheck[] branches) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        for (NodeCheck branch : branches) {
            if (branch.accepts(node)) {
                return true;
            }
        }
        return false;
    }
}
