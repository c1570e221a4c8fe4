package dev.datalayerlint.core.contract.compiled;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The object keywords of one schema, in one pass over the object's members: {@code properties},
 * {@code patternProperties}, {@code additionalProperties} (for members neither names nor matches),
 * {@code propertyNames}, {@code required}, {@code dependentRequired} and {@code minProperties}/{@code maxProperties};
 * other values than objects pass. A member present with the value null is present, as {@code required} sees it.
 *
 * @param properties the schema of each named member
 * @param patterns the patterns of {@code patternProperties}, with their schemas at the same index in
 *     {@code patternChecks}
 * @param additional null when absent (every member allowed)
 * @param names the {@code propertyNames} checks, or null
 * @param triggers the member names of {@code dependentRequired}
 * @param dependents for each trigger at the same index, the members its presence requires
 */
record ObjectCheck(
        Map<String, NodeCheck> properties,
        PatternMatch[] patterns,
        NodeCheck[] patternChecks,
        NodeCheck additional,
        StringCheck names,
        String[] required,
        String[] triggers,
        String[][] dependents,
        int minProperties,
        int maxProperties)
        implements NodeCheck {

    @Override
    public boolean accepts(JsonNode node) {
        if (!node.isObject()) {
            Undecided.unlessJson(node);
            return true;
        }
        int size = node.size();
        if (size < minProperties || size > maxProperties) {
            return false;
        }
        for (String name : required) {
            if (node.get(name) == null) {
                return false;
            }
        }
        if (triggers.length > 0 && !dependenciesMet(node)) {
            return false;
        }
        if (size == 0 || (properties.isEmpty() && patterns.length == 0 && additional == null && names == null)) {
            return true;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!memberAccepted(member.getKey(), member.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean memberAccepted(String name, JsonNode value) {
        if (names != null && !names.acceptsText(name)) {
            return false;
        }
        NodeCheck declared = properties.get(name);
        boolean matched = declared != null;
        if (matched && !declared.accepts(value)) {
            return false;
        }
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].foundIn(name)) {
                matched = true;
                if (!patternChecks[i].accepts(value)) {
                    return false;
                }
            }
        }
        return matched || additional == null || additional.accepts(value);
    }

    private boolean dependenciesMet(JsonNode node) {
        for (int i = 0; i < triggers.length; i++) {
            if (node.get(triggers[i]) != null) {
                for (String name : dependents[i]) {
                    if (node.get(name) == null) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
