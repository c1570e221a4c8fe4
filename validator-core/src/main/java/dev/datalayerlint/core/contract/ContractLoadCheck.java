package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.values.Pointers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What a project contract must pass when it is loaded, so that nothing about it can fail mid-run: it is a valid draft
 * 2020-12 schema (checked against the meta-schema), every {@code $ref} resolves to a schema in the catalog, and no
 * {@code $ref} leads back to itself without consuming part of the instance ({@code {"$ref": "#"}}, or {@code a} →
 * {@code b} → {@code a} through {@code $ref} and {@code allOf}), which a validator would follow until its stack
 * overflows. A tree schema that refers to itself under {@code properties} or {@code items} is fine: each step goes
 * one level into the instance. Failures are {@link ContractException}s of one line naming the file.
 *
 * <p>Walks are iterative, so a contract nested thousands of levels deep is checked without recursion.
 */
final class ContractLoadCheck {

    /** Keywords whose subschemas apply to the same instance as their parent: a cycle through them never ends. */
    private static final Set<String> IN_PLACE_ARRAYS = Set.of("allOf", "anyOf", "oneOf");

    private static final Set<String> IN_PLACE_SCHEMAS = Set.of("not", "if", "then", "else");

    private static final String META_SCHEMAS = "https://json-schema.org/";

    private final Map<String, JsonNode> documents;

    /** @param documents every schema document of the catalog by its {@code $id} */
    ContractLoadCheck(Map<String, JsonNode> documents) {
        this.documents = documents;
    }

    /** Checks the document {@code iri}, loaded from {@code origin} (named in the message). */
    void check(String iri, String origin) {
        JsonNode schema = documents.get(iri);
        List<String> invalid = SchemaCheck.metaSchemaErrors(schema);
        if (!invalid.isEmpty()) {
            throw new ContractException(origin + ": not a valid JSON Schema (draft 2020-12): " + invalid.get(0)
                    + (invalid.size() > 1 ? " (and " + (invalid.size() - 1) + " more)" : ""));
        }
        for (Map.Entry<String, JsonNode> node : objects(schema).entrySet()) {
            JsonNode ref = node.getValue().get("$ref");
            if (ref != null && ref.isString() && resolve(iri, ref.asString()) == null && !isMetaSchema(iri, ref)) {
                throw new ContractException(origin + ": $ref \"" + ref.asString() + "\" at "
                        + Pointers.child(node.getKey(), "$ref") + " does not resolve to a schema of the catalog");
            }
        }
        List<String> cycle = inPlaceCycle(iri);
        if (cycle != null) {
            throw new ContractException(origin + ": recursive $ref: " + String.join(" → ", cycle)
                    + " refers back to itself without going into the instance, so validation would never end");
        }
    }

    private static boolean isMetaSchema(String base, JsonNode ref) {
        return URI.create(base).resolve(ref.asString()).toString().startsWith(META_SCHEMAS);
    }

    /**
     * The node a {@code $ref} in document {@code base} points at, as {@code iri#pointer}, or null when it points at
     * nothing in the catalog.
     */
    private String resolve(String base, String ref) {
        URI target;
        try {
            target = URI.create(base).resolve(ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
        String document = target.toString();
        int hash = document.indexOf('#');
        if (hash >= 0) {
            document = document.substring(0, hash);
        }
        JsonNode root = documents.get(document);
        if (root == null) {
            return null;
        }
        String pointer = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (pointer.isEmpty() || pointer.startsWith("/")) {
            try {
                JsonNode found = root.at(JsonPointer.compile(pointer));
                return found.isObject() || found.isBoolean() ? document + "#" + pointer : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        for (Map.Entry<String, JsonNode> node : objects(root).entrySet()) {
            JsonNode anchor = node.getValue().get("$anchor");
            if (anchor != null && pointer.equals(anchor.asString(null))) {
                return document + "#" + node.getKey();
            }
        }
        return null;
    }

    /** Every object of a document by its JSON pointer, found without recursion. */
    private static Map<String, JsonNode> objects(JsonNode root) {
        Map<String, JsonNode> found = new HashMap<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                found.put(next.getKey(), node);
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    pending.push(Map.entry(Pointers.child(next.getKey(), member.getKey()), member.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(Pointers.child(next.getKey(), i), node.get(i)));
                }
            }
        }
        return found;
    }

    /** The schemas that apply to the same instance as the one at {@code key} ({@code iri#pointer}). */
    private List<String> inPlace(String key) {
        int hash = key.indexOf('#');
        String document = key.substring(0, hash);
        String pointer = key.substring(hash + 1);
        JsonNode root = documents.get(document);
        JsonNode node = root == null ? null : root.at(JsonPointer.compile(pointer));
        List<String> next = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return next;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString()) {
            String target = resolve(document, ref.asString());
            if (target != null) {
                next.add(target);
            }
        }
        for (String keyword : IN_PLACE_ARRAYS) {
            JsonNode list = node.get(keyword);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    next.add(document + "#" + Pointers.child(Pointers.child(pointer, keyword), i));
                }
            }
        }
        for (String keyword : IN_PLACE_SCHEMAS) {
            if (node.has(keyword)) {
                next.add(document + "#" + Pointers.child(pointer, keyword));
            }
        }
        JsonNode dependent = node.get("dependentSchemas");
        if (dependent != null && dependent.isObject()) {
            for (String name : dependent.propertyNames()) {
                next.add(document + "#" + Pointers.child(Pointers.child(pointer, "dependentSchemas"), name));
            }
        }
        return next;
    }

    /**
     * A cycle of in-place applicators reachable from any schema of document {@code iri}, as the pointers along it;
     * null when there is none. Depth-first search with an explicit stack.
     */
    private List<String> inPlaceCycle(String iri) {
        Map<String, Boolean> done = new HashMap<>(); // false: on the current path; true: finished
        for (String start : objects(documents.get(iri)).keySet()) {
            String startKey = iri + "#" + start;
            if (done.containsKey(startKey)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Deque<String>> children = new ArrayDeque<>();
            path.push(startKey);
            children.push(new ArrayDeque<>(inPlace(startKey)));
            done.put(startKey, false);
            while (!path.isEmpty()) {
                Deque<String> todo = children.peek();
                if (todo.isEmpty()) {
                    done.put(path.pop(), true);
                    children.pop();
                    continue;
                }
                String child = todo.pop();
                Boolean state = done.get(child);
                if (state == null) {
                    path.push(child);
                    children.push(new ArrayDeque<>(inPlace(child)));
                    done.put(child, false);
                } else if (!state) {
                    List<String> cycle = new ArrayList<>();
                    for (String step : path) { // from the innermost
                        cycle.addFirst(display(step, iri));
                        if (step.equals(child)) {
                            break;
                        }
                    }
                    cycle.add(display(child, iri));
                    return cycle;
                }
            }
        }
        return null;
    }

    /** A pointer of the checked document as {@code #/a/b}; of another document with its IRI. */
    private static String display(String key, String iri) {
        return key.startsWith(iri + "#") ? key.substring(iri.length()) : key;
    }
}
