package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.values.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a spec page into a draft 2020-12 contract that {@code validate --contracts DIR} uses at once. An event page
 * for an event a shipped contract routes ({@code refund} → {@code ga4/refund}) compiles to that contract's id, so it
 * overrides it (see docs/contracts.md, "Project contracts"); any other page compiles to {@code spec/<page path>}.
 * The schema is faithful to the page, except where lint knows the correction: a text pattern on a number becomes the
 * money rule, and constraints that cannot apply to a field's type are left out; each correction is named in a
 * {@code $comment}.
 */
final class ContractCompiler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MONEY = ContractCatalog.BASE + "common/money.json";

    /**
     * The contract id a page compiles to.
     *
     * @param path the page's path within its spec folder, with {@code /} separators
     */
    static String id(SpecPage page, String path) {
        Optional<Contract> shipped =
                page.event().flatMap(e -> ContractCatalog.shipped().forEvent(e));
        if (shipped.isPresent()) {
            return shipped.get().id();
        }
        return "spec/" + (path.endsWith(".md") ? path.substring(0, path.length() - 3) : path);
    }

    /**
     * @param id the contract id, from {@link #id}
     * @param linkedIri the {@code $id} of the page a link of {@code page} leads to, or null when it leads to no
     *     compiled page
     */
    static CompiledSchema compile(SpecPage page, String id, BiFunction<SpecPage, String, String> linkedIri) {
        Optional<CodeValue.CodePush> push = page.codeBlock().flatMap(SpecCode::eventPush);
        Map<String, FieldFacts> facts = DriftChecks.facts(page, push.orElse(null));
        String event = page.event().orElse(null);
        boolean ecommerce = push.flatMap(p -> p.payload().property("ecommerce"))
                .filter(p -> p.value() instanceof CodeValue.ObjectLiteral)
                .isPresent();
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ContractCatalog.BASE + id + ".json");
        schema.put("title", page.title() != null ? page.title() : id);
        schema.put("description", "Compiled by datalayer-lint spec compile from " + page.file() + ".");
        List<String> money = new ArrayList<>();
        ObjectNode body = NODES.objectNode();
        body.put("type", "object");
        for (FieldFacts field : facts.values()) {
            String path = DriftChecks.normalize(field.field());
            if (path.equals("event") && !ecommerce) {
                continue;
            }
            ObjectNode parent = parentOf(body, path, field.isRequired());
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            ObjectNode property = property(field, page, linkedIri, money, "/" + path.replace('.', '/'));
            ObjectNode existing = (ObjectNode) parent.path("properties").get(leaf);
            if (existing != null) {
                existing.setAll(property); // a container row after its children: keep both
            } else {
                properties(parent).set(leaf, property);
            }
            if (field.isRequired() && !contains(required(parent), leaf)) {
                required(parent).add(leaf);
            }
        }
        if (event != null) {
            ObjectNode meta = schema.putObject("x-datalayer");
            meta.put("summary", (page.title() != null ? page.title() : event) + " (compiled from " + page.file() + ")");
            meta.putArray("events").add(event);
            meta.put("target", ecommerce ? "/ecommerce" : "");
            if (!money.isEmpty()) {
                ObjectNode decimals = meta.putObject("decimals");
                if (facts.containsKey("currency")) {
                    decimals.put("currency", "/currency");
                }
                ArrayNode fields = decimals.putArray("fields");
                money.forEach(fields::add);
            }
        }
        schema.setAll(body);
        page.schemaExtensions().flatMap(SchemaExtensions::json).ifPresent(extensions -> extend(schema, extensions));
        return new CompiledSchema(page.file(), id, schema);
    }

    /**
     * Merges a page's schema extensions: {@code ""} into the schema itself ({@code x-datalayer} key by key), a field's
     * entry into that field's property, made when the table has no row for it.
     */
    private static void extend(ObjectNode schema, ObjectNode extensions) {
        for (Map.Entry<String, JsonNode> entry : extensions.properties()) {
            if (!(entry.getValue() instanceof ObjectNode keywords)) {
                continue; // lint reports it (spec.invalid-extensions)
            }
            ObjectNode target = schema;
            if (!entry.getKey().isEmpty()) {
                for (String part : DriftChecks.normalize(entry.getKey()).split("\\.")) {
                    JsonNode next = properties(target).get(part);
                    target = next instanceof ObjectNode o
                            ? o
                            : properties(target).putObject(part);
                }
            }
            for (Map.Entry<String, JsonNode> keyword : keywords.properties()) {
                if (target.get(keyword.getKey()) instanceof ObjectNode existing
                        && keyword.getValue() instanceof ObjectNode added
                        && keyword.getKey().equals("x-datalayer")) {
                    existing.setAll(added);
                } else {
                    target.set(keyword.getKey(), keyword.getValue());
                }
            }
        }
    }

    private static ObjectNode property(
            FieldFacts field,
            SpecPage page,
            BiFunction<SpecPage, String, String> linkedIri,
            List<String> money,
            String pointer) {
        ObjectNode property = NODES.objectNode();
        String type = field.typeName();
        List<String> dropped = new ArrayList<>();
        boolean known = type != null && FieldFacts.TYPES.contains(type);
        boolean numeric = field.isNumeric();
        if (numeric && field.pattern() != null && type.equals("number")) {
            property.put("$ref", MONEY);
            property.put(
                    "$comment",
                    "The page gives the pattern " + field.pattern().value() + ", which never applies to a number"
                            + " (spec.pattern-on-number); compiled as the money rule instead.");
            money.add(pointer);
        } else if (known) {
            property.put("type", type);
        }
        if (field.description() != null) {
            property.put("description", field.description());
        }
        if (known && type.equals("string")) {
            if (field.pattern() != null && validRegex(field.pattern().value())) {
                property.put("pattern", field.pattern().value());
            }
            putNumber(property, "minLength", field.minLength(), true);
            putNumber(property, "maxLength", field.maxLength(), true);
        } else if (field.minLength() != null || field.maxLength() != null) {
            dropped.add("a length");
        }
        if (numeric) {
            putNumber(property, "minimum", field.minimum(), false);
            putNumber(property, "maximum", field.maximum(), false);
            putNumber(property, "multipleOf", field.multipleOf(), false);
        } else if (field.minimum() != null || field.maximum() != null || field.multipleOf() != null) {
            dropped.add("a minimum, maximum or multiple");
        }
        if (known && type.equals("array") && field.typeLink() != null) {
            String iri = linkedIri.apply(page, field.typeLink());
            if (iri != null) {
                property.putObject("items").put("$ref", iri);
            }
        }
        if (!dropped.isEmpty() && known) {
            String note = "The page gives " + String.join(" and ", dropped) + ", which cannot apply to a " + type
                    + "; left out.";
            property.put(
                    "$comment",
                    property.has("$comment") ? property.get("$comment").asString() + " " + note : note);
        }
        ArrayNode examples = examples(field, type);
        if (!examples.isEmpty()) {
            property.set("examples", examples);
        }
        return property;
    }

    private static ArrayNode examples(FieldFacts field, String type) {
        ArrayNode examples = NODES.arrayNode();
        if (type == null) {
            return examples;
        }
        for (String example : field.examples()) {
            switch (type) {
                case "string" -> examples.add(unquote(example));
                case "number", "integer" -> {
                    try {
                        examples.add(new BigDecimal(example));
                    } catch (NumberFormatException e) {
                        // not a number: lint reports it (spec.example-mismatch); the schema keeps valid examples only
                    }
                }
                case "boolean" -> {
                    if (example.equals("true") || example.equals("false")) {
                        examples.add(Boolean.parseBoolean(example));
                    }
                }
                default -> {
                    try {
                        examples.add(Json.MAPPER.readTree(example));
                    } catch (JacksonException e) {
                        // JavaScript notation ({item_id: "x"}) is no JSON example
                    }
                }
            }
        }
        return examples;
    }

    private static String unquote(String example) {
        boolean quoted = example.length() >= 2
                && (example.startsWith("\"") && example.endsWith("\"")
                        || example.startsWith("'") && example.endsWith("'"));
        return quoted ? example.substring(1, example.length() - 1) : example;
    }

    private static void putNumber(ObjectNode property, String keyword, FieldFacts.Fact fact, boolean whole) {
        BigDecimal number = fact == null ? null : fact.number();
        if (number == null
                || whole && (number.signum() < 0 || number.stripTrailingZeros().scale() > 0)) {
            return;
        }
        if (keyword.equals("multipleOf") && number.signum() <= 0) {
            return;
        }
        if (whole) {
            property.put(keyword, number.intValueExact());
        } else {
            property.put(keyword, number);
        }
    }

    private static boolean validRegex(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** The object schema that holds the last part of a dotted path, made on the way. */
    private static ObjectNode parentOf(ObjectNode body, String path, boolean required) {
        ObjectNode parent = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            ObjectNode next = (ObjectNode) properties(parent).get(parts[i]);
            if (next == null) {
                next = properties(parent).putObject(parts[i]);
                next.put("type", "object");
            }
            if (required && !contains(required(parent), parts[i])) {
                required(parent).add(parts[i]);
            }
            parent = next;
        }
        return parent;
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode node : array) {
            if (node.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode properties(ObjectNode schema) {
        JsonNode properties = schema.get("properties");
        return properties instanceof ObjectNode o ? o : schema.putObject("properties");
    }

    private static ArrayNode required(ObjectNode schema) {
        JsonNode required = schema.get("required");
        return required instanceof ArrayNode a ? a : schema.putArray("required");
    }
}
