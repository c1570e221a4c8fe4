package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.values.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a contract as a tagging-spec page in the layout {@code spec lint} reads: title, description, a
 * {@code ## Javascript Code} block (the clear, then the push with {@code "<field>"} placeholders and a comment per
 * field) and a {@code ## Variable Definitions} table. Teams publish contracts as pages this way. What a row cannot
 * carry ({@code enum}, {@code anyOf}, the item schema of an array, {@code additionalProperties}, the money rule's
 * decimals) goes into a {@code ## Schema Extensions} JSON block, which {@code spec compile} merges back, so a rendered
 * contract compiles to one that accepts and rejects what the original does. Only messages ({@code x-message}) and
 * annotations beyond the first example are lost.
 */
public final class ContractRenderer {

    private final SchemaDocuments documents = new SchemaDocuments();

    /** A page for a shipped contract ({@code ga4/refund}). */
    public String renderShipped(String contractId) {
        String iri = ContractCatalog.BASE + contractId + ".json";
        return render(documents.document(iri), iri);
    }

    /**
     * A page for a schema document.
     *
     * @param location the IRI its relative {@code $ref}s resolve against when it declares no {@code $id} (a file URI)
     */
    public String render(JsonNode schema, String location) {
        String iri = schema.path("$id").isString() ? schema.path("$id").asString() : location;
        documents.add(iri, schema);
        ObjectNode root = documents.resolve(schema, iri);
        JsonNode meta = schema.path("x-datalayer");
        String event = meta.path("events").isArray() && !meta.path("events").isEmpty()
                ? meta.path("events").get(0).asString()
                : null;
        boolean ecommerce = "/ecommerce".equals(meta.path("target").asString(""));
        Set<String> required = strings(root.path("required"));
        Set<String> conditional = new HashSet<>();
        root.path("dependentRequired").properties().forEach(e -> conditional.addAll(strings(e.getValue())));
        List<Row> rows = new ArrayList<>();
        ObjectNode extensions = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> property : root.path("properties").properties()) {
            ObjectNode field = documents.resolve(property.getValue(), iri);
            String requirement = required.contains(property.getKey())
                    ? "required"
                    : conditional.contains(property.getKey()) ? "conditional" : "optional";
            Row row = Row.of(property.getKey(), field, requirement);
            rows.add(row);
            ObjectNode rest = row.unwritten(field);
            if (!rest.isEmpty()) {
                extensions.set(property.getKey(), rest);
            }
        }
        ObjectNode rootRest = unwrittenOfRoot(root);
        if (!rootRest.isEmpty()) {
            extensions.set("", rootRest);
        }
        StringBuilder page = new StringBuilder();
        page.append("# ")
                .append(root.path("title").asString(event != null ? event : "Contract"))
                .append("\n\n");
        if (root.path("description").isString()) {
            page.append(root.path("description").asString()).append("\n\n");
        }
        if (event != null) {
            code(page, event, ecommerce, rows);
        }
        table(page, rows);
        if (!extensions.isEmpty()) {
            page.append("\n## Schema Extensions\n\n")
                    .append("The JSON Schema keywords the table cannot carry, by field (\"\" is the whole object);")
                    .append(" `spec compile` merges them into the contract.\n\n```json\n")
                    .append(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(extensions))
                    .append("\n```\n");
        }
        return page.toString();
    }

    /** The keywords of the contract's own object that neither the table nor the code block writes. */
    private static ObjectNode unwrittenOfRoot(ObjectNode root) {
        ObjectNode rest = root.deepCopy();
        rest.remove(List.of("$schema", "$id", "title", "description", "properties", "required", "examples"));
        rest.remove(List.of("x-message", "$comment"));
        if ("object".equals(rest.path("type").asString(""))) {
            rest.remove("type");
        }
        if (rest.get("x-datalayer") instanceof ObjectNode meta) {
            meta.remove(List.of("events", "target"));
            if (meta.isEmpty()) {
                rest.remove("x-datalayer");
            }
        }
        return rest;
    }

    private static void code(StringBuilder page, String event, boolean ecommerce, List<Row> rows) {
        page.append("## Javascript Code\n\n```js\n");
        page.append("window.dataLayer = window.dataLayer || [];\n");
        String indent = "  ";
        if (ecommerce) {
            page.append("dataLayer.push({ ecommerce: null }); // Clear the previous ecommerce object.\n");
        }
        page.append("dataLayer.push({\n  event: \"").append(event).append("\"").append(rows.isEmpty() ? "\n" : ",\n");
        if (ecommerce) {
            page.append("  ecommerce: {\n");
            indent = "    ";
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            page.append(indent)
                    .append(row.name)
                    .append(": \"<")
                    .append(row.name)
                    .append(">\"")
                    .append(i < rows.size() - 1 ? "," : "")
                    .append(" // ")
                    .append(row.comment())
                    .append('\n');
        }
        if (ecommerce) {
            page.append("  }\n");
        }
        page.append("});\n```\n\n");
    }

    private static void table(StringBuilder page, List<Row> rows) {
        page.append("## Variable Definitions\n\n");
        page.append("| Field | Type | Required | Description | Example | Pattern | Min Length | Max Length | Minimum"
                + " | Maximum |\n");
        page.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            page.append("| ")
                    .append(row.name)
                    .append(" | ")
                    .append(row.type)
                    .append(" | ")
                    .append(row.requirement)
                    .append(" | ")
                    .append(cell(row.description))
                    .append(" | ")
                    .append(row.example == null ? "" : "`" + row.example + "`")
                    .append(" | ")
                    .append(row.pattern == null ? "" : "`" + row.pattern + "`")
                    .append(" | ")
                    .append(row.minLength)
                    .append(" | ")
                    .append(row.maxLength)
                    .append(" | ")
                    .append(row.minimum)
                    .append(" | ")
                    .append(row.maximum)
                    .append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "/").replace('\n', ' ');
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** One field as the page writes it; blank strings for what the schema does not say. */
    private record Row(
            String name,
            String type,
            String requirement,
            String description,
            String example,
            String pattern,
            String minLength,
            String maxLength,
            String minimum,
            String maximum) {

        static Row of(String name, ObjectNode field, String requirement) {
            String type = field.path("type").isString()
                            && FieldFacts.TYPES.contains(field.path("type").asString())
                    ? field.path("type").asString()
                    : "";
            String description = field.path("description").asString("");
            if (field.path("enum").isArray()) {
                List<String> values = new ArrayList<>();
                field.path("enum").forEach(v -> values.add(v.asString()));
                description = (description + " One of: " + String.join(", ", values) + ".").strip();
            }
            JsonNode examples = field.path("examples");
            String example = examples.isArray() && !examples.isEmpty()
                    ? examples.get(0).isString()
                            ? examples.get(0).asString()
                            : Json.MAPPER.writeValueAsString(examples.get(0))
                    : null;
            boolean numeric = type.equals("number") || type.equals("integer");
            boolean string = type.equals("string");
            return new Row(
                    name,
                    type,
                    requirement,
                    description,
                    example,
                    string
                                    && field.path("pattern").isString()
                                    && !field.path("pattern").asString().contains("|")
                            ? field.path("pattern").asString()
                            : null,
                    string ? length(field.path("minLength")) : "",
                    string ? length(field.path("maxLength")) : "",
                    numeric ? text(field.path("minimum")) : "",
                    numeric ? text(field.path("maximum")) : "");
        }

        /** The keywords of {@code field} this row does not write, for the page's schema extensions. */
        ObjectNode unwritten(ObjectNode field) {
            ObjectNode rest = field.deepCopy();
            rest.remove(List.of("description", "examples", "x-message", "$comment", "title"));
            if (!type.isEmpty()) {
                rest.remove("type");
            }
            if (pattern != null) {
                rest.remove("pattern");
            }
            if (!minLength.isEmpty()) {
                rest.remove("minLength");
            }
            if (!maxLength.isEmpty()) {
                rest.remove("maxLength");
            }
            if (!minimum.isEmpty()) {
                rest.remove("minimum");
            }
            if (!maximum.isEmpty()) {
                rest.remove("maximum");
            }
            return rest;
        }

        private static String length(JsonNode number) {
            return number.isIntegralNumber() && number.asLong() >= 0 ? number.asString() : "";
        }

        private static String text(JsonNode number) {
            return number.isNumber() ? number.asString() : "";
        }

        /** The field comment: {@code REQUIRED | string | ex. USD | pattern: ^[A-Z]{3}$ | min. 3, max. 3}. */
        String comment() {
            List<String> parts = new ArrayList<>();
            parts.add(requirement.toUpperCase(Locale.ROOT));
            if (!type.isEmpty()) {
                parts.add(type);
            }
            if (example != null) {
                parts.add("ex. " + example);
            }
            if (pattern != null) {
                parts.add("pattern: " + pattern);
            }
            String min = type.equals("string") ? minLength : minimum;
            String max = type.equals("string") ? maxLength : maximum;
            List<String> bounds = new ArrayList<>();
            if (!min.isEmpty()) {
                bounds.add("min. " + min);
            }
            if (!max.isEmpty()) {
                bounds.add("max. " + max);
            }
            if (!bounds.isEmpty()) {
                parts.add(String.join(", ", bounds));
            }
            return String.join(" | ", parts);
        }
    }
}
