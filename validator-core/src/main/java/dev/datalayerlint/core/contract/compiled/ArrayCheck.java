package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * The array keywords of one schema: {@code prefixItems}, {@code items} (for the elements after the prefix, as in
 * draft 2020-12), {@code contains} (at least one element) and {@code minItems}/{@code maxItems}; other values than
 * arrays pass.
 *
 * @param prefix empty when absent
 * @param items null when absent
 * @param contains null when absent
 */
record ArrayCheck(NodeCheck[] prefix, NodeCheck items, NodeCheck contains, int minItems, int maxItems)
        implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        if (!node.isArray()) {
            Undecided.unlessJson(node);
            return true;
        }
        int size = node.size();
        if (size < minItems || size > maxItems) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            JsonNode element = node.get(i);
            NodeCheck check = i < prefix.length ? prefix[i] : items;
            if (check != null && !check.accepts(element)) {
                return false;
            }
        }
        if (contains != null) {
            for (int i = 0; i < size; i++) {
                if (contains.accepts(node.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
