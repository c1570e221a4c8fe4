package dev.datalayerlint.core.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Pointers;
import dev.datalayerlint.core.values.ValueText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The one adapter over networknt's json-schema-validator: nothing else imports {@code com.networknt}. It compiles
 * contract schemas from the catalog's documents (never from the network) and turns networknt's errors into
 * violations whose messages name the field and the bad value, as a person would write them.
 */
final class SchemaCheck {

    /** Keywords networknt reports at an object although they are about one of its members, which it names. */
    private static final Set<String> NAMES_A_MEMBER =
            Set.of("additionalProperties", "unevaluatedProperties", "propertyNames");

    private final Map<String, JsonNode> documents;
    /** networknt, set up on first use: a run whose pushes all pass the compiled check never needs it. */
    private volatile Engine engine;

    /** @param documents every schema document by its {@code $id} */
    SchemaCheck(Map<String, JsonNode> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** networknt's registry over the documents, and the schemas compiled from it so far. */
    private static final class Engine {
        /** Draft 2020-12 knowing our own annotations, so no host logs "unknown keyword" for every contract. */
        private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("x-datalayer"))
                .keyword(new AnnotationKeyword("x-message"))
                .build();

        private final SchemaRegistry registry;
        private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

        Engine(Map<String, JsonNode> documents) {
            Map<String, String> texts = new LinkedHashMap<>();
            documents.forEach((iri, node) -> texts.put(iri, node.toString()));
            // Draft 2020-12 makes "format" an annotation by default; contracts use it as an assertion (rule
            // schema.format).
            this.registry = SchemaRegistry.withDefaultDialect(
                    DIALECT,
                    builder -> builder.schemas(texts)
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()));
        }

        Schema schema(String iri) {
            return compiled.computeIfAbsent(iri, key -> registry.getSchema(SchemaLocation.of(key)));
        }
    }

    /** The draft 2020-12 meta-schema, bundled with networknt: a project contract must be a valid schema. */
    private static final class MetaSchema {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    /**
     * What makes {@code schema} invalid against the draft 2020-12 meta-schema ({@code "type": "strnig"},
     * {@code "minimum": "5"}), one line each as {@code /pointer: message}; empty when it is valid.
     */
    static List<String> metaSchemaErrors(JsonNode schema) {
        List<String> problems = new ArrayList<>();
        for (Error error : MetaSchema.SCHEMA.validate(schema)) {
            String at = pointer(error.getInstanceLocation());
            problems.add((at.isEmpty() ? "/" : at) + ": " + error.getMessage());
        }
        return problems;
    }

    /** Every schema document by its {@code $id}, as networknt reads them: what the fast path compiles too. */
    Map<String, JsonNode> documents() {
        return documents;
    }

    /** Compiles the schema now, so a broken contract is reported when it is loaded rather than mid-run. */
    void compile(String iri) {
        schema(iri);
    }

    /** Whether networknt finds nothing wrong with {@code instance}: its verdict alone, with no message built. */
    boolean passes(String iri, JsonNode instance) {
        return schema(iri).validate(HugeNumbers.asDecimals(instance)).isEmpty();
    }

    List<ContractViolation> check(String iri, JsonNode instance) {
        List<Error> errors = schema(iri).validate(HugeNumbers.asDecimals(instance));
        List<ContractViolation> out = new ArrayList<>(errors.size());
        Set<String> alternatives = new HashSet<>();
        Set<String> missing = new HashSet<>();
        for (Error error : errors) {
            if (isWrapper(error.getKeyword())) {
                continue;
            }
            String pointer = pointer(error.getInstanceLocation());
            SchemaLocation branch = alternativesOf(error.getSchemaLocation());
            if (branch != null) {
                // networknt reports each failed branch of an anyOf/oneOf; a person wants one message for the choice.
                if (alternatives.add(branch + "|" + pointer)) {
                    out.add(alternative(branch, pointer));
                }
                continue;
            }
            String keyword = error.getKeyword();
            if ("required".equals(keyword) || "dependentRequired".equals(keyword)) {
                pointer = Pointers.child(pointer, missingField(error));
                // A field required twice (a contract's own required on top of a referenced schema's
                // dependentRequired, as ga4/refund does) is one missing field to a person.
                if (!missing.add(pointer)) {
                    continue;
                }
            } else if (error.getProperty() != null && NAMES_A_MEMBER.contains(keyword)) {
                // networknt reports these at the object; the finding belongs to the member it names.
                pointer = Pointers.child(pointer, error.getProperty());
            }
            String location = error.getSchemaLocation() == null
                    ? null
                    : error.getSchemaLocation().toString();
            out.add(new ContractViolation(
                    rule(error.getSchemaLocation(), error.getKeyword()),
                    new Violation(pointer, message(error, pointer)),
                    location));
        }
        return out;
    }

    /** The field a required or dependentRequired error says is missing. */
    private static String missingField(Error error) {
        if ("dependentRequired".equals(error.getKeyword())) {
            // networknt names the property that triggered the dependency; the missing one is its first argument.
            Object[] arguments = error.getArguments();
            if (arguments != null && arguments.length > 0 && arguments[0] != null) {
                return String.valueOf(arguments[0]);
            }
        }
        return error.getProperty();
    }

    /** The property that made a dependentRequired error: "value" in {"value": ["currency"]}. */
    private static String dependentOn(Error error) {
        String trigger = error.getProperty();
        return trigger == null ? "another field" : trigger;
    }

    /** The location of the enclosing anyOf/oneOf keyword, or null when the error is not inside one. */
    private static SchemaLocation alternativesOf(SchemaLocation location) {
        if (location == null) {
            return null;
        }
        NodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            Object element = fragment.getElement(i);
            if ("anyOf".equals(element) || "oneOf".equals(element)) {
                SchemaLocation keyword = new SchemaLocation(location.getAbsoluteIri());
                for (int j = 0; j <= i; j++) {
                    Object part = fragment.getElement(j);
                    keyword = part instanceof Integer index
                            ? keyword.append(index)
                            : keyword.append(String.valueOf(part));
                }
                return keyword;
            }
        }
        return null;
    }

    private ContractViolation alternative(SchemaLocation keyword, String pointer) {
        String name = String.valueOf(
                keyword.getFragment().getElement(keyword.getFragment().getNameCount() - 1));
        String custom = customMessage(keyword, name);
        String message =
                Pointers.field(pointer) + " " + (custom != null ? custom : "matches none of the allowed shapes");
        return new ContractViolation(rule(keyword, name), new Violation(pointer, message), keyword.toString());
    }

    private Schema schema(String iri) {
        Engine known = engine;
        if (known == null) {
            synchronized (this) {
                known = engine;
                if (known == null) {
                    known = new Engine(documents);
                    engine = known;
                }
            }
        }
        return known.schema(iri);
    }

    /** Whether networknt has compiled {@code iri}'s schema in this check (it does so on the first failing push). */
    boolean compiled(String iri) {
        Engine known = engine;
        return known != null && known.compiled.containsKey(iri);
    }

    /** $ref and friends only say that something below failed; the failure itself is reported too. */
    private static boolean isWrapper(String keyword) {
        return "$ref".equals(keyword) || "$dynamicRef".equals(keyword) || "allOf".equals(keyword);
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? Pointers.child(pointer, index)
                    : Pointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }

    private String message(Error error, String pointer) {
        String keyword = error.getKeyword();
        String field = Pointers.field(pointer);
        JsonNode value = error.getInstanceNode();
        JsonNode keywordValue = keywordValue(error.getSchemaLocation());
        String custom = customMessage(error.getSchemaLocation(), keyword);
        // "currency \"usd\" must …", but "items must …" for an object or array: its text ("an object") is no subject.
        String subject = value != null && value.isContainer() ? field : field + " " + ValueText.of(value);
        if (custom != null) {
            return switch (keyword) {
                case "required",
                        "dependentRequired",
                        "additionalProperties",
                        "unevaluatedProperties",
                        "propertyNames",
                        "minItems",
                        "maxItems",
                        "minProperties",
                        "maxProperties" -> field + " " + custom;
                case "anyOf", "oneOf" -> Pointers.field(pointer) + " " + custom;
                default -> subject + " " + custom;
            };
        }
        return switch (keyword) {
            case "required" -> field + " is required";
            case "dependentRequired" -> field + " is required when " + dependentOn(error) + " is set";
            case "type" ->
                subject + " must be " + typeNames(keywordValue) + ", not " + typeName(ValueText.typeOf(value));
            case "pattern" -> subject + " must match " + text(keywordValue);
            case "minimum" -> subject + " must be at least " + text(keywordValue);
            case "exclusiveMinimum" -> subject + " must be greater than " + text(keywordValue);
            case "maximum" -> subject + " must be at most " + text(keywordValue);
            case "exclusiveMaximum" -> subject + " must be less than " + text(keywordValue);
            case "minLength" ->
                keywordValue != null && keywordValue.asInt() == 1
                        ? field + " must not be empty"
                        : subject + " must be at least " + text(keywordValue) + " characters long";
            case "maxLength" ->
                field + " is " + (value == null ? "?" : value.asString("").length()) + " characters long, at most "
                        + text(keywordValue) + " allowed";
            case "minItems" -> field + " has " + size(value) + " entries, at least " + text(keywordValue) + " needed";
            case "maxItems" -> field + " has " + size(value) + " entries, at most " + text(keywordValue) + " allowed";
            case "enum" -> subject + " must be one of " + joined(keywordValue);
            case "const" -> subject + " must be " + text(keywordValue);
            case "additionalProperties", "unevaluatedProperties" -> "unknown property " + field;
            case "propertyNames" -> "property name \"" + field + "\" is not allowed" + detail(error);
            case "minProperties" ->
                field + " has " + size(value) + " entries, at least " + text(keywordValue) + " needed";
            case "maxProperties" ->
                field + " has " + size(value) + " entries, at most " + text(keywordValue) + " allowed";
            case "multipleOf" -> subject + " must be a multiple of " + text(keywordValue);
            case "format" -> subject + " must be a valid " + text(keywordValue);
            case "uniqueItems" -> field + " must not hold the same entry twice";
            case "contains", "minContains" -> field + " has no entry of the required kind";
            case "maxContains" -> field + " has too many entries of one kind";
            case "false" -> field + " is not allowed here";
            default -> subject + " breaks the contract's " + keyword + " rule: " + withoutPath(error.getMessage());
        };
    }

    private JsonNode subSchema(SchemaLocation location, boolean dropKeyword) {
        if (location == null) {
            return null;
        }
        JsonNode node = documents.get(location.getAbsoluteIri().toString());
        NodePath fragment = location.getFragment();
        int end = fragment.getNameCount() - (dropKeyword ? 1 : 0);
        for (int i = 0; i < end && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }

    private JsonNode keywordValue(SchemaLocation location) {
        return subSchema(location, false);
    }

    /** The rule a keyword's failure is reported as: the contract's own {@code x-rule} for it, else its family. */
    private RuleDescriptor rule(SchemaLocation location, String keyword) {
        JsonNode schema = subSchema(location, true);
        JsonNode declared =
                schema == null ? null : schema.path(DeclaredRules.KEYWORD).get(keyword);
        return declared != null && declared.isString()
                ? DeclaredRules.descriptor(declared.asString())
                : SchemaRules.forKeyword(keyword);
    }

    private String customMessage(SchemaLocation location, String keyword) {
        JsonNode schema = subSchema(location, true);
        JsonNode custom = schema == null ? null : schema.path("x-message").get(keyword);
        return custom != null && custom.isString() ? custom.asString() : null;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "?";
        }
        if (node.isArray()) {
            return joined(node);
        }
        return node.isString() ? node.asString() : ValueText.of(node);
    }

    private static String joined(JsonNode node) {
        if (node == null || !node.isArray()) {
            return text(node);
        }
        List<String> parts = new ArrayList<>();
        node.forEach(element -> parts.add(element.toString()));
        return String.join(", ", parts);
    }

    /** {@code "string"} as "a string", {@code ["integer", "null"]} as "an integer or null". */
    private static String typeNames(JsonNode node) {
        if (node == null) {
            return "another type";
        }
        if (!node.isArray()) {
            return typeName(node.asString(""));
        }
        List<String> names = new ArrayList<>();
        node.forEach(type -> names.add(typeName(type.asString(""))));
        return String.join(" or ", names);
    }

    /** A JSON type with its article; a name that is no JSON type (a project contract's typo) is quoted as such. */
    private static String typeName(String type) {
        return switch (type) {
            case "integer", "object", "array" -> "an " + type;
            case "string", "number", "boolean" -> "a " + type;
            case "null", "undefined" -> type;
            default -> "of type \"" + type + "\" (not a JSON type)";
        };
    }

    /** networknt's message without its leading instance path ({@code $.items: }). */
    private static String withoutPath(String message) {
        return message == null ? "" : message.replaceFirst("^\\$[^:\\s]*:\\s*", "");
    }

    /** networknt's own explanation of a propertyNames failure (its second argument), after a colon. */
    private static String detail(Error error) {
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > 1 && arguments[1] != null ? ": " + arguments[1] : "";
    }

    private static int size(JsonNode node) {
        return node == null ? 0 : node.size();
    }
}
