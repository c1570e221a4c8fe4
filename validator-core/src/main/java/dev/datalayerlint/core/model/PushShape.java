package dev.datalayerlint.core.model;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.values.JsValues;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What one walk over a push learns before anything else looks at it: how deeply it nests ({@link PushDepth}) and
 * whether it holds values JSON cannot carry ({@code undefined}, a function, NaN or an infinity). Every push of a
 * capture is checked for all three, so they share the walk instead of each visiting every node.
 *
 * @param depth the levels of the payload as {@link PushDepth#of} counts them; past {@link PushDepth#MAX} the walk
 *     stops, the number is only known to exceed it, and the two flags are unknown (false)
 * @param nonFinite whether a NaN or an infinity stands somewhere in the payload
 * @param plain whether the payload is JSON as it is: no {@code undefined}, function, NaN or infinity anywhere
 */
public record PushShape(int depth, boolean nonFinite, boolean plain) {

    /** Whether the push nests deeper than the linter checks. */
    public boolean tooDeep() {
        return depth > PushDepth.MAX;
    }

    /** The shape of {@code push}'s payload. */
    public static PushShape of(Push push) {
        JsonNode payload = push.payload();
        int commandDepth = 0;
        if (payload.isArray() && !payload.isEmpty() && payload.get(0).isString()) {
            commandDepth = PushDepth.segments(payload.get(0).asString()); // a command array names a dotted path
            if (commandDepth > PushDepth.MAX) {
                return new PushShape(commandDepth, false, false);
            }
        }
        Walk walk = new Walk();
        int depth = Math.max(commandDepth, walk.below(payload, 0));
        return new PushShape(depth, walk.nonFinite, !walk.notJson);
    }

    private static final class Walk {
        boolean nonFinite;
        boolean notJson;

        /**
         * The deepest level at or below {@code node}, which stands at {@code depth}. Each call is at least one level
         * deeper than its caller and none goes past {@link PushDepth#MAX}, so the recursion is at most that deep.
         */
        int below(JsonNode node, int depth) {
            int deepest = depth;
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    int level = depth + PushDepth.segments(entry.getKey());
                    deepest = Math.max(deepest, level > PushDepth.MAX ? level : below(entry.getValue(), level));
                    if (deepest > PushDepth.MAX) {
                        return deepest; // far enough to refuse; no need to walk the rest
                    }
                }
            } else if (node.isArray()) {
                int level = depth + 1;
                for (JsonNode element : node.values()) {
                    deepest = Math.max(deepest, level > PushDepth.MAX ? level : below(element, level));
                    if (deepest > PushDepth.MAX) {
                        return deepest;
                    }
                }
            } else if (node.isFloatingPointNumber()) {
                if (!Double.isFinite(node.doubleValue())) {
                    nonFinite = true;
                    notJson = true;
                }
            } else if (node.isPojo() && (JsValues.isUndefined(node) || JsValues.isFunction(node))) {
                notJson = true;
            }
            return deepest;
        }
    }
}
