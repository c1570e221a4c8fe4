package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.contract.compiled.SchemaError;
import dev.datalayerlint.core.contract.compiled.SchemaPath;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Pointers;
import dev.datalayerlint.core.values.ValueText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the keywords a value failed into violations whose messages name the field and the bad value, as a person
 * would write them, with the rule each belongs to and the contract's own {@code x-message} where it has one. The
 * errors come from networknt or from the compiled schema's {@link dev.datalayerlint.core.contract.compiled.FailureExplainer};
 * worded here, they read the same whichever found them.
 */
final class SchemaMessages {

    /** Keywords a validator reports at an object although they are about one of its members, which it names. */
    private static final Set<String> NAMES_A_MEMBER =
            Set.of("additionalProperties", "unevaluatedProperties", "propertyNames");

    private final Map<String, JsonNode> documents;

    /** @param documents every schema document by its {@code $id}, for the keyword values and custom messages */
    SchemaMessages(Map<String, JsonNode> documents) {
        this.documents = documents;
    }

    List<ContractViolation> violations(List<SchemaError> errors) {
        List<ContractViolation> out = new ArrayList<>(errors.size());
        Set<String> alternatives = new HashSet<>();
        Set<String> missing = new HashSet<>();
        for (SchemaError error : errors) {
            if (isWrapper(error.keyword())) {
                continue;
            }
            String pointer = error.pointer();
            SchemaPath branch = alternativesOf(error.location());
            if (branch != null) {
                // A validator reports each failed branch of an anyOf/oneOf; a person wants one message for the choice.
                if (alternatives.add(branch + "|" + pointer)) {
                    out.add(alternative(branch, pointer));
                }
                continue;
            }
            String keyword = error.keyword();
            if ("required".equals(keyword) || "dependentRequired".equals(keyword)) {
                pointer = Pointers.child(pointer, missingField(error));
                // A field required twice (a contract's own required on top of a referenced schema's
                // dependentRequired, as ga4/refund does) is one missing field to a person.
                if (!missing.add(pointer)) {
                    continue;
                }
            } else if (error.property() != null && NAMES_A_MEMBER.contains(keyword)) {
                // Reported at the object; the finding belongs to the member it names.
                pointer = Pointers.child(pointer, error.property());
            }
            String location = error.location() == null ? null : error.location().toString();
            out.add(new ContractViolation(
                    rule(error.location(), keyword), new Violation(pointer, message(error, pointer)), location));
        }
        return out;
    }

    /** The field a required or dependentRequired error says is missing. */
    private static String missingField(SchemaError error) {
        if ("dependentRequired".equals(error.keyword()) && error.missing() != null) {
            return error.missing();
        }
        return error.property();
    }

    /** The property that made a dependentRequired error: "value" in {"value": ["currency"]}. */
    private static String dependentOn(SchemaError error) {
        String trigger = error.property();
        return trigger == null ? "another field" : trigger;
    }

    /** The location of the enclosing anyOf/oneOf keyword, or null when the error is not inside one. */
    private static SchemaPath alternativesOf(SchemaPath location) {
        if (location == null) {
            return null;
        }
        List<Object> fragment = location.fragment();
        for (int i = 0; i < fragment.size(); i++) {
            Object step = fragment.get(i);
            if ("anyOf".equals(step) || "oneOf".equals(step)) {
                return location.prefix(i + 1);
            }
        }
        return null;
    }

    private ContractViolation alternative(SchemaPath keyword, String pointer) {
        String name = String.valueOf(keyword.last());
        String custom = customMessage(keyword, name);
        String message =
                Pointers.field(pointer) + " " + (custom != null ? custom : "matches none of the allowed shapes");
        return new ContractViolation(rule(keyword, name), new Violation(pointer, message), keyword.toString());
    }

    /** $ref and friends only say that something below failed; the failure itself is reported too. */
    private static boolean isWrapper(String keyword) {
        return "$ref".equals(keyword) || "$dynamicRef".equals(keyword) || "allOf".equals(keyword);
    }

    private String message(SchemaError error, String pointer) {
        String keyword = error.keyword();
        String field = Pointers.field(pointer);
        JsonNode value = error.instance();
        JsonNode keywordValue = subSchema(error.location(), false);
        String custom = customMessage(error.location(), keyword);
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
            default -> subject + " breaks the contract's " + keyword + " rule: " + withoutPath(error.text());
        };
    }

    /** The schema value at {@code location}, or the schema object holding its keyword when {@code dropKeyword}. */
    private JsonNode subSchema(SchemaPath location, boolean dropKeyword) {
        if (location == null) {
            return null;
        }
        JsonNode node = documents.get(location.iri());
        List<Object> fragment = location.fragment();
        int end = fragment.size() - (dropKeyword ? 1 : 0);
        for (int i = 0; i < end && node != null; i++) {
            Object step = fragment.get(i);
            node = step instanceof Integer index ? node.get(index) : node.get(String.valueOf(step));
        }
        return node;
    }

    /** The rule a keyword's failure is reported as: the contract's own {@code x-rule} for it, else its family. */
    private RuleDescriptor rule(SchemaPath location, String keyword) {
        JsonNode schema = subSchema(location, true);
        JsonNode declared =
                schema == null ? null : schema.path(DeclaredRules.KEYWORD).get(keyword);
        return declared != null && declared.isString()
                ? DeclaredRules.descriptor(declared.asString())
                : SchemaRules.forKeyword(keyword);
    }

    private String customMessage(SchemaPath location, String keyword) {
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

    /** A validator's message without its leading instance path ({@code $.items: }). */
    private static String withoutPath(String message) {
        return message == null ? "" : message.replaceFirst("^\\$[^:\\s]*:\\s*", "");
    }

    /** The validator's own explanation of a propertyNames failure, after a colon. */
    private static String detail(SchemaError error) {
        return error.detail() != null ? ": " + error.detail() : "";
    }

    private static int size(JsonNode node) {
        return node == null ? 0 : node.size();
    }
}
