package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushContext;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Pointers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Values that are the trace of a template or a script rather than data: an unfilled GTM variable
 * ({@code "{{Transaction ID}}"}), JavaScript's {@code String(undefined)}, {@code String(null)}, {@code String(NaN)}
 * and {@code String({})} ({@code "[object Object]"}), and a spec's {@code "<value>"} placeholder left in the code.
 * GA4 stores them as they are: a transaction called {@code "{{Transaction ID}}"} deduplicates every order into one.
 *
 * <p>Every push is walked, so the walk builds nothing on the way: the pointer of a value is put together from the
 * keys on the path only when the value is a placeholder, and a text is told from a placeholder character by
 * character, without a regular expression or a stripped copy.
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

    private Placeholders() {}

    /**
     * Reports every placeholder of the context's push whose field is critical ({@code critical == true}) or not. GTM's
     * own keys ({@code gtm.*}) are skipped. The push is walked once for both rules: the first to ask finds both kinds,
     * the second is handed what was found.
     */
    static void report(PushContext context, boolean critical, Consumer<Violation> report) {
        Found found = context.state().fact(Found.class, Found::new);
        if (found.push != context.push()) { // the push itself, not its index: a caller may number pushes as it likes
            found.push = context.push();
            found.critical.clear();
            found.other.clear();
            find(context.push().payload(), found);
        }
        (critical ? found.critical : found.other).forEach(report);
    }

    /** The placeholders of one push of a recording, of both kinds. */
    private static final class Found {
        Push push;
        final List<Violation> critical = new ArrayList<>();
        final List<Violation> other = new ArrayList<>();
    }

    private static void find(JsonNode payload, Found found) {
        if (payload.isObject()) {
            new Walk(found).object(payload, 0);
        } else if (payload.isArray()) {
            new Walk(found).array(payload, null, 0);
        }
    }

    /** One push's walk: the keys (or, as null, array positions) from the payload to the value being looked at. */
    private static final class Walk {
        private final Found found;
        private String[] keys = new String[8];
        private int[] indexes = new int[8];

        Walk(Found found) {
            this.found = found;
        }

        void object(JsonNode node, int depth) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String key = entry.getKey();
                if (depth == 0 && key.startsWith("gtm.")) {
                    continue;
                }
                at(depth, key, 0);
                value(entry.getValue(), key, depth + 1);
            }
        }

        void array(JsonNode node, String key, int depth) {
            for (int i = 0; i < node.size(); i++) {
                at(depth, null, i);
                value(node.get(i), key, depth + 1);
            }
        }

        private void value(JsonNode node, String key, int depth) {
            if (node.isObject()) {
                object(node, depth);
            } else if (node.isArray()) {
                array(node, key, depth);
            } else if (node.isString() && key != null) {
                String kind = kind(node.asString());
                if (kind != null) {
                    boolean critical = CRITICAL.contains(key);
                    (critical ? found.critical : found.other)
                            .add(new Violation(
                                    pointer(depth),
                                    key + " " + node + " is " + kind + ", not data; GA4 "
                                            + (critical ? "records it as the real value" : "reports it as text")));
                }
            }
        }

        private void at(int depth, String key, int index) {
            if (depth == keys.length) {
                keys = Arrays.copyOf(keys, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            keys[depth] = key;
            indexes[depth] = index;
        }

        private String pointer(int depth) {
            String pointer = "";
            for (int i = 0; i < depth; i++) {
                pointer = keys[i] != null ? Pointers.child(pointer, keys[i]) : Pointers.child(pointer, indexes[i]);
            }
            return pointer;
        }
    }

    /** What kind of placeholder a string is, or null when it is none. */
    static String kind(String text) {
        // The text as String.strip() would leave it: [begin, end).
        int begin = 0;
        int end = text.length();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (holdsGtmVariable(text, begin, end)) {
            return "an unfilled GTM variable";
        }
        int length = end - begin;
        if (length >= 3 && length <= 15 && "unN[".indexOf(text.charAt(begin)) >= 0) {
            String value = text.substring(begin, end);
            if (LEFTOVERS.contains(value)) {
                return "a JavaScript leftover (String(" + ("[object Object]".equals(value) ? "{}" : value) + "))";
            }
        }
        if (isTemplate(text, begin, end)) {
            return "a template placeholder";
        }
        return null;
    }

    /** Whether {@code {{…}}} with at least one character and no brace inside stands anywhere in the range. */
    private static boolean holdsGtmVariable(String text, int begin, int end) {
        for (int open = text.indexOf("{{", begin); open >= 0 && open + 1 < end; open = text.indexOf("{{", open + 1)) {
            int inside = open + 2;
            while (inside < end && text.charAt(inside) != '{' && text.charAt(inside) != '}') {
                inside++;
            }
            if (inside > open + 2 && inside + 1 < end && text.charAt(inside) == '}' && text.charAt(inside + 1) == '}') {
                return true;
            }
        }
        return false;
    }

    /** Whether the range is all of {@code <name>}: a letter or underscore, then letters, digits, {@code _ .-}. */
    private static boolean isTemplate(String text, int begin, int end) {
        if (end - begin < 3 || text.charAt(begin) != '<' || text.charAt(end - 1) != '>') {
            return false;
        }
        char first = text.charAt(begin + 1);
        if (!(isAsciiLetter(first) || first == '_')) {
            return false;
        }
        for (int i = begin + 2; i < end - 1; i++) {
            char c = text.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == ' ' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
