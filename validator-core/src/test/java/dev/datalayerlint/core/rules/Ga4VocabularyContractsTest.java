package dev.datalayerlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The vocabulary the rules and the spec checks use ({@link Ga4Vocabulary}) and the shipped GA4 contracts (schemas
 * module, {@code datalayer-lint/contracts/ga4/}) describe the same 14 events; this test keeps them from drifting.
 * The ecommerce contracts are meant to be complete, so the parameter sets must be equal both ways; a contract may
 * require more than GA4 (ga4/refund requires currency and value, as the seed tagging spec asks) but never less.
 */
class Ga4VocabularyContractsTest {

    private static final String FOLDER = "/datalayer-lint/contracts/ga4/";

    @TestFactory
    Iterable<DynamicTest> everyEcommerceContractDeclaresExactlyTheVocabularysParameters() {
        return new TreeSet<>(Ga4Vocabulary.ECOMMERCE_EVENTS)
                .stream()
                        .map(event -> DynamicTest.dynamicTest(event, () -> {
                            JsonNode contract = resolved(event + ".json");
                            Ga4Vocabulary.Event ga4 =
                                    Ga4Vocabulary.ecommerce(event).orElseThrow();
                            assertThat(names(contract.path("properties")))
                                    .as("parameters of ga4/%s", event)
                                    .isEqualTo(new TreeSet<>(ga4.parameters()));
                            assertThat(names(contract.path("required")))
                                    .as("required parameters of ga4/%s", event)
                                    .containsAll(ga4.required());
                        }))
                        .toList();
    }

    @Test
    void theItemContractsDeclareExactlyTheItemParameters() throws IOException {
        Set<String> declared = names(resolved("item.json").path("properties"));
        declared.addAll(names(resolved("promotion-item.json").path("properties")));
        assertThat(declared).isEqualTo(new TreeSet<>(Ga4Vocabulary.ITEM_PARAMETERS));
    }

    @Test
    void theContractIndexShipsAContractForEveryEcommerceEvent() throws IOException {
        JsonNode index = read("/datalayer-lint/contracts/index.json");
        Set<String> shipped = new TreeSet<>();
        index.path("schemas").forEach(path -> shipped.add(path.asString()));
        Ga4Vocabulary.ECOMMERCE_EVENTS.forEach(event -> assertThat(shipped).contains("ga4/" + event + ".json"));
    }

    /** The contract, or the sibling schema its top-level {@code $ref} points at (ga4/refund → refund-params). */
    private static JsonNode resolved(String file) throws IOException {
        JsonNode schema = read(FOLDER + file);
        JsonNode ref = schema.get("$ref");
        if (ref != null && !schema.has("properties")) {
            JsonNode target = resolved(ref.asString());
            Set<String> required = names(schema.path("required"));
            required.addAll(names(target.path("required")));
            return Json.MAPPER
                    .createObjectNode()
                    .<tools.jackson.databind.node.ObjectNode>set("properties", target.path("properties"))
                    .set("required", Json.MAPPER.valueToTree(required));
        }
        return schema;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = Ga4VocabularyContractsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Json.MAPPER.readTree(in);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(element -> names.add(element.asString()));
        } else {
            names.addAll(node.propertyNames());
        }
        return names;
    }
}
