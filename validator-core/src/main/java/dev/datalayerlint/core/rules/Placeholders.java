package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Pointers;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Values that are the trace of a template or a script rather than data: an unfilled GTM variable
 * ({@code "{{Transaction ID}}"}), JavaScript's {@code String(undefined)}, {@code String(null)}, {@code String(NaN)}
 * and {@code String({})} ({@code "[object Object]"}), and a spec's {@code "<value>"} placeholder left in the code.
 * GA4 stores them as they are: a transaction called {@code "{{Transaction ID}}"} deduplicates every order into one.
 */
final class Placeholders {

    /** Where a placeholder breaks revenue or attribution: identifiers and money. */
    private static final Set<String> CRITICAL = Set.of(
            "transaction_id",
            "item_id",
            "item_name",
            "currency",
            "value",
            "tax",
            "shipping",
            "price",
            "discount",
            "quantity",
            "promotion_id",
            "item_list_id");

    private static final Set<String> LEFTOVERS = Set.of("undefined", "null", "NaN", "[object Object]");

    private static final Pattern GTM_VARIABLE = Pattern.compile(".*\\{\\{[^{}]+}}.*", Pattern.DOTALL);

    private static final Pattern TEMPLATE = Pattern.compile("<[A-Za-z_][A-Za-z0-9_ .-]*>");

    private Placeholders() {}

    /**
     * Reports every placeholder of a push's payload whose field is critical ({@code critical == true}) or not. GTM's
     * own keys ({@code gtm.*}) are skipped.
     */
    static void find(JsonNode payload, boolean critical, Consumer<Violation> report) {
        walk(payload, "", null, critical, report);
    }

    private static void walk(JsonNode node, String pointer, String key, boolean critical, Consumer<Violation> report) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (pointer.isEmpty() && entry.getKey().startsWith("gtm.")) {
                    continue;
                }
                walk(entry.getValue(), Pointers.child(pointer, entry.getKey()), entry.getKey(), critical, report);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), Pointers.child(pointer, i), key, critical, report);
            }
        } else if (node.isString() && key != null && CRITICAL.contains(key) == critical) {
            String kind = kind(node.asString());
            if (kind != null) {
                report.accept(new Violation(
                        pointer,
                        key + " " + node + " is " + kind + ", not data; GA4 "
                                + (critical ? "records it as the real value" : "reports it as text")));
            }
        }
    }

    /** What kind of placeholder a string is, or null when it is none. */
    static String kind(String text) {
        String value = text.strip();
        if (GTM_VARIABLE.matcher(value).matches()) {
            return "an unfilled GTM variable";
        }
        if (LEFTOVERS.contains(value)) {
            return "a JavaScript leftover (String(" + ("[object Object]".equals(value) ? "{}" : value) + "))";
        }
        if (TEMPLATE.matcher(value).matches()) {
            return "a template placeholder";
        }
        return null;
    }
}
