package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * A {@code $ref}, resolved once the schema it points at is compiled: references may be recursive (a tree schema), so
 * the target is set after the reference is built.
 */
final class Reference implements NodeCheck {

    private NodeCheck target;

    void resolve(NodeCheck resolved) {
        this.target = resolved;
    }

    @Override
    public boolean accepts(JsonNode node) {
        return target.accepts(node);
    }
}
