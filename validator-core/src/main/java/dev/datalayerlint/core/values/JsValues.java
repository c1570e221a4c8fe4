package dev.datalayerlint.core.values;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.POJONode;

/**
 * JavaScript values that have no JSON form but matter to GTM and GA4: {@code undefined} (stored by GTM's merge,
 * dropped by {@code JSON.stringify}) and functions ({@code eventCallback}, function pushes). They travel inside
 * payloads as marker nodes so the tree stays a plain {@code JsonNode}.
 */
public final class JsValues {

    /** The marker types; their {@code toString} is what a report prints for them. */
    public enum Marker {
        UNDEFINED("undefined"),
        FUNCTION("function");

        private final String text;

        Marker(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public static final JsonNode UNDEFINED = JsonNodeFactory.instance.pojoNode(Marker.UNDEFINED);
    public static final JsonNode FUNCTION = JsonNodeFactory.instance.pojoNode(Marker.FUNCTION);

    private JsValues() {}

    public static boolean isUndefined(JsonNode node) {
        return node instanceof POJONode pojo && pojo.getPojo() == Marker.UNDEFINED;
    }

    public static boolean isFunction(JsonNode node) {
        return node instanceof POJONode pojo && pojo.getPojo() == Marker.FUNCTION;
    }

    /** A number JSON cannot carry: NaN or an infinity. */
    public static boolean isNonFinite(JsonNode node) {
        return node != null && node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue());
    }
}
