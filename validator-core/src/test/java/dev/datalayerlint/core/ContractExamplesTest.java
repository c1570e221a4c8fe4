package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.values.Json;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every shipped schema keeps its own promises: each {@code examples} entry (of the schema and of any sub-schema)
 * validates clean through the public {@link ContractCatalog} and {@link Contract#check}, money rules included, and
 * the contracts folder and its {@code index.json} list the same files. Schemas that are no contract (ga4/item,
 * common/money) and sub-schemas are checked through a project contract that only {@code $ref}s them.
 */
class ContractExamplesTest {

    private static final String SHIPPED = "/datalayer-lint/contracts/";

    /** Keywords whose value maps names to sub-schemas. */
    private static final Set<String> SCHEMA_MAPS =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
    /** Keywords whose value is an array of sub-schemas. */
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value is one sub-schema. */
    private static final Set<String> SCHEMA_VALUES = Set.of(
            "items",
            "additionalProperties",
            "unevaluatedProperties",
            "unevaluatedItems",
            "propertyNames",
            "contains",
            "if",
            "then",
            "else",
            "not");

    /** A schema (or sub-schema, at {@code pointer}) with examples. */
    private record Examples(String file, String pointer, JsonNode examples) {
        String label() {
            return pointer.isEmpty() ? file : file + "#" + pointer;
        }
    }

    @TestFactory
    Stream<DynamicNode> everyExampleValidates(@TempDir Path wrappers) throws IOException {
        List<String> files = indexedFiles();
        List<Examples> all = new ArrayList<>();
        for (String file : files) {
            collect(file, "", schema(file), all);
        }
        // One project folder with a wrapper contract per schema that is no contract of its own.
        Map<Examples, String> wrapperIds = new LinkedHashMap<>();
        ContractCatalog shipped = ContractCatalog.shipped();
        for (Examples examples : all) {
            if (examples.pointer().isEmpty()
                    && shipped.byId(idOf(examples.file())).isPresent()) {
                continue;
            }
            String id = "examples-of/" + wrapperIds.size();
            ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
            wrapper.put("$ref", ContractCatalog.BASE + examples.file() + "#" + examples.pointer());
            Path file = wrappers.resolve(id + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, wrapper.toString());
            wrapperIds.put(examples, id);
        }
        ContractCatalog catalog = ContractCatalog.load(List.of(wrappers));
        return all.stream().map(examples -> {
            String contractId = wrapperIds.getOrDefault(examples, idOf(examples.file()));
            Contract contract = catalog.byId(contractId).orElseThrow();
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < examples.examples().size(); i++) {
                JsonNode example = examples.examples().get(i);
                tests.add(DynamicTest.dynamicTest("example " + i, () -> {
                    List<String> violations = contract.check(example).stream()
                            .map(ContractViolation::violation)
                            .map(v -> v.pointer() + ": " + v.message())
                            .toList();
                    assertThat(violations)
                            .as("example %s of %s: %s", example, examples.label(), violations)
                            .isEmpty();
                }));
            }
            return DynamicContainer.dynamicContainer(examples.label(), tests);
        });
    }

    @Test
    void everySchemaFileIsListedInTheIndexAndEveryListedFileExists() throws IOException {
        Path folder = sourceFolder();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.json"))
                    .forEach(onDisk::add);
        }
        assertThat(new TreeSet<>(indexedFiles())).as("index.json of %s", folder).containsExactlyElementsOf(onDisk);
    }

    @Test
    void everySchemaFollowsTheConventions() {
        for (String file : indexedFiles()) {
            JsonNode schema = schema(file);
            assertThat(schema.path("$schema").asString(""))
                    .as("$schema of %s", file)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asString("")).as("$id of %s", file).isEqualTo(ContractCatalog.BASE + file);
            assertThat(schema.path("description").asString(""))
                    .as("description of %s", file)
                    .isNotBlank();
            assertThat(schema.path("examples").isArray()
                            && !schema.path("examples").isEmpty())
                    .as("%s has examples", file)
                    .isTrue();
            List<String> undescribed = new ArrayList<>();
            undescribedProperties(schema, "", undescribed);
            assertThat(undescribed)
                    .as("properties of %s without a description", file)
                    .isEmpty();
            JsonNode meta = schema.path("x-datalayer");
            if (meta.isObject()) {
                assertThat(meta.path("summary").asString(""))
                        .as("summary of %s", file)
                        .isNotBlank();
                assertThat(ContractCatalog.shipped().byId(idOf(file)))
                        .as("contract %s", idOf(file))
                        .isPresent();
            }
        }
    }

    @Test
    void theShippedContracts() {
        assertThat(ContractCatalog.shipped().contracts())
                .extracting(Contract::id)
                .containsExactly(
                        "braintree/refund",
                        "ga4-mp/refund",
                        "ga4/add_payment_info",
                        "ga4/add_shipping_info",
                        "ga4/add_to_cart",
                        "ga4/add_to_wishlist",
                        "ga4/begin_checkout",
                        "ga4/purchase",
                        "ga4/refund",
                        "ga4/remove_from_cart",
                        "ga4/select_item",
                        "ga4/select_promotion",
                        "ga4/view_cart",
                        "ga4/view_item",
                        "ga4/view_item_list",
                        "ga4/view_promotion",
                        "refcampaign/refund",
                        "trackbridge/refund");
        for (Contract contract : ContractCatalog.shipped().contracts()) {
            if (contract.id().startsWith("ga4/")) {
                String event = contract.id().substring("ga4/".length());
                assertThat(contract.events()).as("events of %s", contract).containsExactly(event);
                assertThat(contract.target()).as("target of %s", contract).isEqualTo("/ecommerce");
                assertThat(ContractCatalog.shipped().forEvent(event)).contains(contract);
            } else {
                assertThat(contract.events())
                        .as("server contract %s routes no event", contract)
                        .isEmpty();
            }
        }
    }

    private static void collect(String file, String pointer, JsonNode schema, List<Examples> out) {
        if (!schema.isObject()) {
            return;
        }
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && !examples.isEmpty()) {
            out.add(new Examples(file, pointer, examples));
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            String at = pointer + "/" + escape(keyword);
            JsonNode value = entry.getValue();
            if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    collect(file, at + "/" + escape(member.getKey()), member.getValue(), out);
                }
            } else if (SCHEMA_ARRAYS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    collect(file, at + "/" + i, value.get(i), out);
                }
            } else if (SCHEMA_VALUES.contains(keyword)) {
                collect(file, at, value, out);
            }
        }
    }

    private static void undescribedProperties(JsonNode schema, String pointer, List<String> out) {
        if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                undescribedProperties(schema.get(i), pointer + "/" + i, out);
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            // an if only tests a condition; its properties declare nothing
            if (keyword.equals("examples")
                    || keyword.equals("enum")
                    || keyword.equals("const")
                    || keyword.equals("if")
                    || keyword.startsWith("x-")) {
                continue;
            }
            String at = pointer + "/" + escape(keyword);
            if (keyword.equals("properties") && entry.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> property : entry.getValue().properties()) {
                    if (property.getValue().path("description").asString("").isBlank()) {
                        out.add(at + "/" + escape(property.getKey()));
                    }
                }
            }
            undescribedProperties(entry.getValue(), at, out);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String idOf(String file) {
        return file.replaceFirst("\\.json$", "");
    }

    private static List<String> indexedFiles() {
        List<String> files = new ArrayList<>();
        schema("index.json").path("schemas").forEach(file -> files.add(file.asString()));
        return files;
    }

    private static JsonNode schema(String file) {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream(SHIPPED + file)) {
            assertThat(in).as("%s on the classpath", file).isNotNull();
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contracts' source folder in module schemas, found from the shared fixtures' root. */
    private static Path sourceFolder() {
        Path folder = Fixtures.root()
                .toAbsolutePath()
                .getParent()
                .getParent()
                .resolve("schemas/src/main/resources/datalayer-lint/contracts");
        assertThat(folder).isDirectory();
        return folder;
    }
}
