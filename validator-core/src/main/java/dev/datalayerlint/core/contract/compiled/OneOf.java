package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/** {@code oneOf}: exactly one branch passes (every branch is evaluated, as the keyword requires). */
record OneOf(NodeCheck[] branches) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        int passing = 0;
        for (NodeCheck branch : branches) {
            if (branch.accepts(node)) {
                passing++;
            }
        }
        return passing == 1;
    }
}
