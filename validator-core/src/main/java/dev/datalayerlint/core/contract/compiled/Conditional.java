package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/** {@code if}/{@code then}/{@code else}: a missing {@code then} or {@code else} is {@link NodeCheck#ANYTHING}. */
record Conditional(NodeCheck condition, NodeCheck then, NodeCheck otherwise) implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        return condition.accepts(node) ? then.accepts(node) : otherwise.accepts(node);
    }
}
