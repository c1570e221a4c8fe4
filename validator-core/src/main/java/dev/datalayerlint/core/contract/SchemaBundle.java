package dev.datalayerlint.core.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas a contract pulls in through {@code $ref} ({@code ga4/refund} uses {@code ga4/refund-params}, which uses
 * {@code ga4/params}, {@code ga4/item}, {@code common/money}…), so a user reading a contract sees every rule it
 * applies, and the contract as one self-contained schema. The bundle is a compound schema document as JSON Schema
 * 2020-12 describes bundling (§9.3): each referenced schema embedded under {@code $defs} with its own {@code $id},
 * so every {@code $ref} resolves unchanged and any 2020-12 validator can use it offline.
 */
final class SchemaBundle {

    private final Map<String, JsonNode> documents;

    /** @param documents every schema document known, by {@code $id} */
    SchemaBundle(Map<String, JsonNode> documents) {
        this.documents = documents;
    }

    /** The IRIs of the documents {@code iri} refers to, directly or through others, in the order first met. */
    List<String> references(String iri) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(iri));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            JsonNode document = documents.get(current);
            if (document == null) {
                continue;
            }
            List<String> direct = new ArrayList<>();
            collect(document, URI.create(current), direct);
            for (String target : direct) {
                if (!target.equals(iri) && found.add(target)) {
                    pending.add(target);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The document {@code iri} with every document it refers to embedded under {@code $defs}. */
    JsonNode bundle(String iri) {
        ObjectNode root = (ObjectNode) documents.get(iri).deepCopy();
        List<String> references = references(iri);
        if (references.isEmpty()) {
            return root;
        }
        ObjectNode defs = root.has("$defs") && root.get("$defs").isObject()
                ? (ObjectNode) root.get("$defs")
                : root.putObject("$defs");
        for (String reference : references) {
            ObjectNode embedded = (ObjectNode) documents.get(reference).deepCopy();
            embedded.remove("$schema"); // an embedded resource takes the root's dialect
            defs.set(reference, embedded);
        }
        return root;
    }

    private void collect(JsonNode node, URI base, List<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String target = target(base, ref.asString());
                if (target != null && documents.containsKey(target) && !into.contains(target)) {
                    into.add(target);
                }
            }
            node.values().forEach(child -> collect(child, base, into));
        } else if (node.isArray()) {
            node.values().forEach(child -> collect(child, base, into));
        }
    }

    /** The document a reference points into, without its fragment; null for one into its own document. */
    private static String target(URI base, String ref) {
        try {
            URI resolved = base.resolve(new URI(ref));
            URI document = new URI(resolved.getScheme(), resolved.getSchemeSpecificPart(), null);
            return document.equals(base) ? null : document.toString();
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            return null;
        }
    }
}
