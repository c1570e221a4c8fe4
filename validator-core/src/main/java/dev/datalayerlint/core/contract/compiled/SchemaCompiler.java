package dev.datalayerlint.core.contract.compiled;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Turns one schema document, and every schema it references, into a tree of {@link NodeCheck}s. It knows the draft
 * 2020-12 subset the contracts use and refuses everything else with {@link Unsupported}: an unknown keyword, a
 * keyword value of an unexpected shape, an embedded {@code $id}, an anchor, {@code format} (an assertion in this
 * project's networknt configuration, with networknt's own format rules). Refusing is always safe: the schema is
 * then checked by networknt alone.
 */
final class SchemaCompiler {

    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Keywords that never change a verdict: annotations and our own {@code x-} blocks. */
    static final Set<String> ANNOTATIONS = Set.of(
            "$schema",
            "$id",
            "$defs",
            "$comment",
            "title",
            "description",
            "examples",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "x-datalayer",
            "x-message");

    private final Map<String, JsonNode> documents;
    private final Map<String, Reference> references = new HashMap<>();

    SchemaCompiler(Map<String, JsonNode> documents) {
        this.documents = documents;
    }

    /** The check of the document {@code iri}. */
    NodeCheck document(String iri) {
        return reference(iri, "");
    }

    private NodeCheck reference(String document, String pointer) {
        String key = document + "#" + pointer;
        Reference known = references.get(key);
        if (known != null) {
            return known;
        }
        JsonNode root = documents.get(document);
        if (root == null) {
            throw new Unsupported("$ref to a document outside the catalog: " + document);
        }
        JsonNode schema = root.at(JsonPointer.compile(pointer));
        if (schema.isMissingNode()) {
            throw new Unsupported("$ref to nothing: " + key);
        }
        Reference reference = new Reference();
        references.put(key, reference);
        JsonNode declaredSchema = root.get("$schema");
        if (declaredSchema != null && !DRAFT_2020_12.equals(declaredSchema.asString(""))) {
            throw new Unsupported("a dialect other than draft 2020-12: " + declaredSchema);
        }
        reference.resolve(schema(schema, document, pointer.isEmpty()));
        return reference;
    }

    private NodeCheck schema(JsonNode schema, String document, boolean documentRoot) {
        if (schema.isBoolean()) {
            return schema.booleanValue() ? NodeCheck.ANYTHING : NodeCheck.NOTHING;
        }
        if (!schema.isObject()) {
            throw new Unsupported("a schema that is neither an object nor a boolean");
        }
        if (!documentRoot && (schema.has("$id") || schema.has("$schema"))) {
            throw new Unsupported("an embedded $id or $schema");
        }
        for (String keyword : schema.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword) && !Keyword.KNOWN.contains(keyword)) {
                throw new Unsupported("keyword " + keyword);
            }
        }
        List<NodeCheck> checks = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null) {
            checks.add(type(type));
        }
        if (schema.has("enum") || schema.has("const")) {
            if (schema.has("enum")) {
                checks.add(values(schema.get("enum"), true));
            }
            if (schema.has("const")) {
                checks.add(values(schema.get("const"), false));
            }
        }
        if (schema.has("minLength") || schema.has("maxLength") || schema.has("pattern")) {
            checks.add(string(schema));
        }
        for (String bound : List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")) {
            if (schema.has(bound)) {
                checks.add(NumberBound.of(limit(schema.get(bound)), bound.endsWith("inimum"), bound.startsWith("ex")));
            }
        }
        if (Keyword.OBJECT.stream().anyMatch(schema::has)) {
            checks.add(object(schema, document));
        }
        if (Keyword.ARRAY.stream().anyMatch(schema::has)) {
            checks.add(array(schema, document));
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            checks.add(ref(ref, document));
        }
        if (schema.has("allOf")) {
            checks.add(new AllOf(schemas(schema.get("allOf"), document)));
        }
        if (schema.has("anyOf")) {
            checks.add(new AnyOf(schemas(schema.get("anyOf"), document)));
        }
        if (schema.has("oneOf")) {
            checks.add(new OneOf(schemas(schema.get("oneOf"), document)));
        }
        if (schema.has("not")) {
            checks.add(new Not(schema(schema.get("not"), document, false)));
        }
        if (schema.has("then") || schema.has("else")) {
            if (!schema.has("if")) {
                throw new Unsupported("then or else without if");
            }
            checks.add(new Conditional(
                    schema(schema.get("if"), document, false),
                    optional(schema.get("then"), document),
                    optional(schema.get("else"), document)));
        }
        return switch (checks.size()) {
            case 0 -> NodeCheck.ANYTHING;
            case 1 -> checks.get(0);
            default -> new AllOf(checks.toArray(NodeCheck[]::new));
        };
    }

    private NodeCheck optional(JsonNode schema, String document) {
        return schema == null ? NodeCheck.ANYTHING : schema(schema, document, false);
    }

    private NodeCheck[] schemas(JsonNode list, String document) {
        if (!list.isArray() || list.isEmpty()) {
            throw new Unsupported("an applicator that is no list of schemas");
        }
        NodeCheck[] checks = new NodeCheck[list.size()];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = schema(list.get(i), document, false);
        }
        return checks;
    }

    private NodeCheck ref(JsonNode ref, String document) {
        Target target = target(ref, document);
        return reference(target.document(), target.pointer());
    }

    /** Where a {@code $ref} leads: a document of the catalog and a JSON pointer into it. */
    record Target(String document, String pointer) {}

    /** The target of {@code ref} written in {@code document}; refuses anchors and what is no URI or pointer. */
    static Target target(JsonNode ref, String document) {
        if (!ref.isString()) {
            throw new Unsupported("$ref that is no string");
        }
        URI target;
        try {
            target = URI.create(document).resolve(ref.asString());
        } catch (IllegalArgumentException e) {
            throw new Unsupported("$ref that is no URI: " + ref);
        }
        String fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
        String targetDocument = target.toString();
        int hash = targetDocument.indexOf('#');
        if (hash >= 0) {
            targetDocument = targetDocument.substring(0, hash);
        }
        String pointer = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new Unsupported("$ref to an anchor: " + ref);
        }
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("$ref with a broken pointer: " + ref);
        }
        return new Target(targetDocument, pointer);
    }

    static TypeCheck type(JsonNode type) {
        int allowed = 0;
        if (type.isString()) {
            allowed = TypeCheck.bit(type.asString());
        } else if (type.isArray() && !type.isEmpty()) {
            for (JsonNode name : type) {
                int bit = name.isString() ? TypeCheck.bit(name.asString()) : 0;
                if (bit == 0 || (allowed & bit) != 0) {
                    throw new Unsupported("type " + type);
                }
                allowed |= bit;
            }
        }
        if (allowed == 0) {
            throw new Unsupported("type " + type);
        }
        return new TypeCheck(allowed);
    }

    static ValueCheck values(JsonNode values, boolean isEnum) {
        List<JsonNode> allowed = new ArrayList<>();
        if (isEnum) {
            if (!values.isArray()) {
                throw new Unsupported("enum that is no list");
            }
            values.forEach(allowed::add);
        } else {
            allowed.add(values);
        }
        Set<String> strings = new HashSet<>();
        boolean allowsTrue = false;
        boolean allowsFalse = false;
        boolean allowsNull = false;
        for (JsonNode value : allowed) {
            if (value.isString()) {
                strings.add(value.asString());
            } else if (value.isBoolean()) {
                allowsTrue |= value.booleanValue();
                allowsFalse |= !value.booleanValue();
            } else if (value.isNull()) {
                allowsNull = true;
            } else {
                throw new Unsupported("enum or const with a number or container");
            }
        }
        return new ValueCheck(Set.copyOf(strings), allowsTrue, allowsFalse, allowsNull);
    }

    private static StringCheck string(JsonNode schema) {
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && !pattern.isString()) {
            throw new Unsupported("pattern that is no string");
        }
        return new StringCheck(
                count(schema.get("minLength"), 0),
                count(schema.get("maxLength"), Integer.MAX_VALUE),
                pattern == null ? null : PatternMatch.of(pattern.asString()));
    }

    /** {@code propertyNames}: only the string keywords can say anything about a name, which is always a string. */
    static StringCheck propertyNames(JsonNode schema) {
        if (!schema.isObject()) {
            throw new Unsupported("propertyNames that is no object");
        }
        for (String keyword : schema.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword)
                    && !Set.of("minLength", "maxLength", "pattern").contains(keyword)) {
                throw new Unsupported("propertyNames with " + keyword);
            }
        }
        return string(schema);
    }

    private NodeCheck object(JsonNode schema, String document) {
        Map<String, NodeCheck> properties = new HashMap<>();
        JsonNode declared = schema.get("properties");
        if (declared != null) {
            if (!declared.isObject()) {
                throw new Unsupported("properties that is no object");
            }
            for (Map.Entry<String, JsonNode> property : declared.properties()) {
                properties.put(property.getKey(), schema(property.getValue(), document, false));
            }
        }
        List<PatternMatch> patterns = new ArrayList<>();
        List<NodeCheck> patternChecks = new ArrayList<>();
        JsonNode patternProperties = schema.get("patternProperties");
        if (patternProperties != null) {
            if (!patternProperties.isObject()) {
                throw new Unsupported("patternProperties that is no object");
            }
            for (Map.Entry<String, JsonNode> property : patternProperties.properties()) {
                patterns.add(PatternMatch.of(property.getKey()));
                patternChecks.add(schema(property.getValue(), document, false));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        JsonNode names = schema.get("propertyNames");
        List<String> triggers = new ArrayList<>();
        List<String[]> dependents = new ArrayList<>();
        JsonNode dependentRequired = schema.get("dependentRequired");
        if (dependentRequired != null) {
            if (!dependentRequired.isObject()) {
                throw new Unsupported("dependentRequired that is no object");
            }
            for (Map.Entry<String, JsonNode> dependency : dependentRequired.properties()) {
                triggers.add(dependency.getKey());
                dependents.add(names(dependency.getValue()));
            }
        }
        return new ObjectCheck(
                Map.copyOf(properties),
                patterns.toArray(PatternMatch[]::new),
                patternChecks.toArray(NodeCheck[]::new),
                additional == null ? null : schema(additional, document, false),
                names == null ? null : propertyNames(names),
                schema.has("required") ? names(schema.get("required")) : new String[0],
                triggers.toArray(String[]::new),
                dependents.toArray(String[][]::new),
                count(schema.get("minProperties"), 0),
                count(schema.get("maxProperties"), Integer.MAX_VALUE));
    }

    private NodeCheck array(JsonNode schema, String document) {
        JsonNode items = schema.get("items");
        JsonNode contains = schema.get("contains");
        return new ArrayCheck(
                schema.has("prefixItems") ? schemas(schema.get("prefixItems"), document) : new NodeCheck[0],
                items == null ? null : schema(items, document, false),
                contains == null ? null : schema(contains, document, false),
                count(schema.get("minItems"), 0),
                count(schema.get("maxItems"), Integer.MAX_VALUE));
    }

    /** A list of member names ({@code required}, a {@code dependentRequired} entry). */
    private static String[] names(JsonNode list) {
        if (!list.isArray()) {
            throw new Unsupported("a list of names that is no array");
        }
        String[] names = new String[list.size()];
        for (int i = 0; i < names.length; i++) {
            if (!list.get(i).isString()) {
                throw new Unsupported("a name that is no string");
            }
            names[i] = list.get(i).asString();
        }
        return names;
    }

    /** A non-negative count such as {@code maxLength}; {@code absent} when the keyword is not there. */
    static int count(JsonNode value, int absent) {
        if (value == null) {
            return absent;
        }
        if (!value.isInt() || value.intValue() < 0) {
            throw new Unsupported("a count that is no small non-negative integer: " + value);
        }
        return value.intValue();
    }

    /** A numeric limit as networknt reads it: the number's own text as a decimal. */
    static BigDecimal limit(JsonNode value) {
        if (!value.isNumber() || value.isFloat() || (value.isDouble() && !Double.isFinite(value.doubleValue()))) {
            throw new Unsupported("a limit that is no finite number: " + value);
        }
        return new BigDecimal(value.asString());
    }
}
