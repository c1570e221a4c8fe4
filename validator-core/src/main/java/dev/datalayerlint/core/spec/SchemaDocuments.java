package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema documents by IRI for {@code spec render}: the shipped contracts from the class path (their {@code $id}s lie
 * under {@link ContractCatalog#BASE}), other files from disk; nothing is fetched from the network. Resolves
 * {@code $ref}s by merging the referenced schema with the referring one's own keywords, which is all a page needs.
 */
final class SchemaDocuments {

    private final Map<String, JsonNode> documents = new HashMap<>();

    /** Registers a document read elsewhere under {@code iri}. */
    void add(String iri, JsonNode document) {
        documents.put(iri, absolute(document.deepCopy(), URI.create(iri)));
    }

    JsonNode document(String iri) {
        return documents.computeIfAbsent(iri, i -> absolute(load(i), URI.create(i)));
    }

    /**
     * Rewrites every {@code $ref} of {@code node} against {@code base}, so a keyword carried over into another
     * document (a page's schema extensions) still points where it pointed.
     */
    private static JsonNode absolute(JsonNode node, URI base) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString()) {
                object.put("$ref", base.resolve(ref.asString()).toString());
            }
            object.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    absolute(e.getValue(), base);
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(element -> absolute(element, base));
        }
        return node;
    }

    /**
     * {@code schema} with its {@code $ref} chain merged in: the referenced schema's keywords, overridden by the
     * referring schema's own.
     *
     * @param base the IRI {@code schema} lives in, against which its reference resolves
     */
    ObjectNode resolve(JsonNode schema, String base) {
        ObjectNode merged = Json.MAPPER.createObjectNode();
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            URI target = URI.create(base).resolve(ref.asString());
            String documentIri = target.getScheme() + ":" + target.getSchemeSpecificPart();
            JsonNode document = document(documentIri);
            String fragment = target.getFragment();
            JsonNode referenced =
                    fragment == null || fragment.isEmpty() ? document : document.at(JsonPointer.compile(fragment));
            merged.setAll(resolve(referenced, documentIri));
            merged.remove("$id");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        }
        return merged;
    }

    private static JsonNode load(String iri) {
        try {
            if (iri.startsWith(ContractCatalog.BASE)) {
                String resource = "/datalayer-lint/contracts/" + iri.substring(ContractCatalog.BASE.length());
                try (InputStream in = SchemaDocuments.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no such schema: " + iri);
                    }
                    return Json.MAPPER.readTree(in);
                }
            }
            if (iri.startsWith("file:")) {
                return Json.MAPPER.readTree(Files.readString(Path.of(URI.create(iri))));
            }
            throw new IllegalArgumentException("cannot read schema " + iri + " (nothing is fetched from the network)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
