package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.values.Json;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random instances of a schema, for comparing the compiled check with networknt: mostly valid values built
 * from the schema (its types, properties, enums and examples), then, for about half of them, a few mutations (a
 * value of another type, a member dropped or added, an array emptied or grown). Values are chosen from pools that
 * sit on the edges JSON Schema implementations get wrong: {@code 1.0} as an integer, {@code -0.0}, doubles beyond the
 * long range, big integers, strings of emoji counted in code points, lengths one past a limit, patterns that match in
 * the middle, a line break before a final {@code $}.
 */
final class RandomInstances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Numbers as JSON text, parsed by the project's mapper so the node types are those of real recordings. */
    private static final List<String> NUMBERS = List.of(
            "0",
            "1",
            "-1",
            "3",
            "7.77",
            "1.0",
            "2.0",
            "1.5",
            "0.5",
            "0.30000000000000004",
            "1500",
            "-0.0",
            "-0.01",
            "1e300",
            "-1e300",
            "9.3e18",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999",
            "1e-7",
            "0.1",
            "200",
            "201",
            "100",
            "25",
            "26",
            "-9223372036854775808",
            "1763850000000000",
            "12.5",
            "4.9e-324");

    private static final List<String> STRINGS = List.of(
            "",
            "a",
            "USD",
            "usd",
            "EUR",
            "JPY",
            "KWD",
            "XX",
            "USDX",
            " USD",
            "USD\n",
            "50.00",
            "10",
            "-1",
            "1.2345",
            "1e5",
            "1,000.00",
            "$5",
            "refund",
            "purchase",
            "session_start",
            "ga_custom",
            "Refund_2",
            "1abc",
            "new",
            "returning",
            "debit",
            "credit",
            "GRANTED",
            "granted",
            "T12345",
            "SKU_1",
            "😀",
            "😀😀😀",
            "x😀y",
            "conv_8f3a2c",
            "customer_tier",
            "firebase_x",
            "a".repeat(24),
            "a".repeat(25),
            "b".repeat(35),
            "b".repeat(36),
            "c".repeat(40),
            "c".repeat(41),
            "d".repeat(100),
            "d".repeat(101),
            "😀".repeat(100),
            "😀".repeat(101),
            "e".repeat(127),
            "e".repeat(128),
            "f".repeat(12),
            "f".repeat(13),
            "g".repeat(256),
            "g".repeat(257));

    private final Map<String, JsonNode> documents;
    private final Random random;

    RandomInstances(Map<String, JsonNode> documents, long seed) {
        this.documents = documents;
        this.random = new Random(seed);
    }

    /** One instance of the document {@code iri}: valid or not, about half of each. */
    JsonNode next(String iri) {
        JsonNode value = generate(documents.get(iri), iri, 0);
        if (random.nextBoolean()) {
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                value = mutate(value, 0);
            }
        }
        return Json.MAPPER.readTree(value.toString());
    }

    /** The schemas that describe one value: the schema, what its $ref and allOf lead to, with their documents. */
    private record Facet(JsonNode schema, String document) {}

    private List<Facet> facets(JsonNode schema, String document, int depth) {
        List<Facet> facets = new ArrayList<>();
        if (schema == null || !schema.isObject() || depth > 8) {
            return facets;
        }
        facets.add(new Facet(schema, document));
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            URI target = URI.create(document).resolve(ref.asString());
            String fragment = target.getFragment() == null ? "" : target.getFragment();
            String targetDocument = target.toString().replaceFirst("#.*$", "");
            JsonNode root = documents.get(targetDocument);
            if (root != null) {
                facets.addAll(facets(root.at(JsonPointer.compile(fragment)), targetDocument, depth + 1));
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            facets.addAll(facets(part, document, depth + 1));
        }
        return facets;
    }

    private JsonNode generate(JsonNode schema, String document, int depth) {
        List<Facet> facets = facets(schema, document, 0);
        if (facets.isEmpty() || depth > 6) {
            return randomScalar();
        }
        List<JsonNode> examples = new ArrayList<>();
        String type = null;
        for (Facet facet : facets) {
            facet.schema().path("examples").forEach(examples::add);
            if (facet.schema().has("const")) {
                return facet.schema().get("const");
            }
            JsonNode values = facet.schema().get("enum");
            if (values != null && values.isArray() && random.nextInt(10) > 0) {
                return values.get(random.nextInt(values.size()));
            }
            JsonNode declared = facet.schema().get("type");
            if (type == null && declared != null) {
                type = declared.isArray()
                        ? declared.get(random.nextInt(declared.size())).asString()
                        : declared.asString();
            }
        }
        if (!examples.isEmpty() && random.nextInt(4) == 0) {
            return examples.get(random.nextInt(examples.size()));
        }
        if (type == null) {
            type = facets.stream().anyMatch(f -> f.schema().has("properties")) ? "object" : "any";
        }
        return switch (type) {
            case "object" -> object(facets, depth);
            case "array" -> array(facets, depth);
            case "string" ->
                !examples.isEmpty() && random.nextBoolean()
                        ? examples.get(random.nextInt(examples.size()))
                        : NODES.stringNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case "number", "integer" -> number();
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> randomScalar();
        };
    }

    private JsonNode object(List<Facet> facets, int depth) {
        Map<String, Facet> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Facet facet : facets) {
            facet.schema()
                    .path("properties")
                    .properties()
                    .forEach(p -> properties.putIfAbsent(p.getKey(), new Facet(p.getValue(), facet.document())));
            facet.schema().path("required").forEach(name -> required.add(name.asString()));
            facet.schema()
                    .path("anyOf")
                    .forEach(branch -> branch.path("required").forEach(name -> {
                        if (random.nextBoolean()) {
                            required.add(name.asString());
                        }
                    }));
        }
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Facet> property : properties.entrySet()) {
            if (required.contains(property.getKey()) || random.nextInt(5) < 2) {
                Facet facet = property.getValue();
                object.set(property.getKey(), generate(facet.schema(), facet.document(), depth + 1));
            }
        }
        for (Facet facet : facets) {
            JsonNode additional = facet.schema().get("additionalProperties");
            if (additional != null && additional.isObject() && random.nextBoolean()) {
                object.set(
                        STRINGS.get(random.nextInt(STRINGS.size())), generate(additional, facet.document(), depth + 1));
            }
        }
        return object;
    }

    private JsonNode array(List<Facet> facets, int depth) {
        ArrayNode array = NODES.arrayNode();
        Facet items = null;
        for (Facet facet : facets) {
            if (facet.schema().has("items") && items == null) {
                items = new Facet(facet.schema().get("items"), facet.document());
            }
        }
        int size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(items == null ? randomScalar() : generate(items.schema(), items.document(), depth + 1));
        }
        return array;
    }

    private JsonNode number() {
        return Json.MAPPER.readTree(NUMBERS.get(random.nextInt(NUMBERS.size())));
    }

    private JsonNode randomScalar() {
        return switch (random.nextInt(5)) {
            case 0 -> number();
            case 1 -> NODES.stringNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            default -> NODES.numberNode(new BigInteger(70, random));
        };
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.objectNode().put("item_id", "SKU_1");
            case 1 -> NODES.arrayNode().add(1).add("a");
            case 2 -> NODES.objectNode();
            case 3 -> NODES.arrayNode();
            default -> randomScalar();
        };
    }

    /** The value with one change somewhere inside it (or of itself). */
    private JsonNode mutate(JsonNode value, int depth) {
        if (value.isObject() && !value.isEmpty() && random.nextInt(4) > 0) {
            ObjectNode copy = (ObjectNode) value.deepCopy();
            List<String> names = new ArrayList<>(copy.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> copy.remove(name);
                case 1 -> copy.set(STRINGS.get(random.nextInt(STRINGS.size())), randomValue());
                default -> copy.set(name, mutate(copy.get(name), depth + 1));
            }
            return copy;
        }
        if (value.isArray() && !value.isEmpty() && random.nextInt(4) > 0) {
            ArrayNode copy = (ArrayNode) value.deepCopy();
            int index = random.nextInt(copy.size());
            switch (random.nextInt(4)) {
                case 0 -> copy.removeAll();
                case 1 -> copy.add(copy.get(index).deepCopy());
                default -> copy.set(index, mutate(copy.get(index), depth + 1));
            }
            return copy;
        }
        return randomValue();
    }
}
