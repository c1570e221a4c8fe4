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
 * field) and a {@code ## Variable Definitions} table. Teams publish contracts as pages this way. Item schemas are not
 * rendered as pages of their own: an {@code items} array is an {@code array} row with a JSON example.
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
        for (Map.Entry<String, JsonNode> property : root.path("properties").properties()) {
            ObjectNode field = documents.resolve(property.getValue(), iri);
            String requirement = required.contains(property.getKey())
                    ? "required"
                    : conditional.contains(property.getKey()) ? "conditional" : "optional";
            rows.add(Row.of(property.getKey(), field, requirement));
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
        return page.toString();
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
            String type = field.path("type").asString("string");
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
            return new Row(
                    name,
                    type,
                    requirement,
                    description,
                    example,
                    type.equals("string")
                                    && field.path("pattern").isString()
                                    && !field.path("pattern").asString().contains("|")
                            ? field.path("pattern").asString()
                            : null,
                    type.equals("string") ? text(field.path("minLength")) : "",
                    type.equals("string") ? text(field.path("maxLength")) : "",
                    numeric ? text(field.path("minimum")) : "",
                    numeric ? text(field.path("maximum")) : "");
        }

        private static String text(JsonNode number) {
            return number.isNumber() ? number.asString() : "";
        }

        /** The field comment: {@code REQUIRED | string | ex. USD | pattern: ^[A-Z]{3}$ | min. 3, max. 3}. */
        String comment() {
            List<String> parts = new ArrayList<>();
            parts.add(requirement.toUpperCase(Locale.ROOT));
            parts.add(type);
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
