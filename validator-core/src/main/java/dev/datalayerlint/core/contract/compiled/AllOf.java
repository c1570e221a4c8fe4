package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/** Every check passes: the keywords of one schema object, or {@code allOf}. */
record AllOf(NodeCheck[] checks) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        for (NodeCheck check : checks) {
            if (!check.accepts(node)) {
                return false;
            }
        }
        return true;
    }
}
