package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.contract.StandaloneSchema;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.values.Json;
import dev.datalayerlint.fixtures.SpecFixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code spec compile}: the done-when on the seed page, and every compiled schema valid under 2020-12. */
class SpecCompileTest {

    private static final String PARTIAL_REFUND = """
            {"transaction_id": "T12345", "currency": "%s", "value": 30.03, "tax": 1.11, "shipping": 3.33,
             "affiliation": "walgreens", "quantity": 3, "items": [{"item_id": "SKU_12345", "price": 10.01, "quantity": 3}]}
            """;

    @TempDir
    Path out;

    private Path compileSeedPage() throws Exception {
        Path root = SpecFixtures.root();
        List<CompiledSchema> compiled = new SpecRun(root).compile(List.of(root.resolve("events/ecommerce/refund.md")));
        assertThat(compiled).extracting(CompiledSchema::id).containsExactly("ga4/refund", "spec/schemas/item");
        for (CompiledSchema schema : compiled) {
            Path file = out.resolve(schema.fileName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema.schema()));
        }
        return out;
    }

    private Report validate(Path contracts, String currency) {
        String recording = "[{\"event\": \"refund\", \"ecommerce\": " + PARTIAL_REFUND.formatted(currency) + "}]";
        return Validator.create()
                .validate(ValidationRequest.builder()
                        .contractDirectory(contracts)
                        .input(Input.json("refund.json", recording))
                        .build());
    }

    @Test
    void theCompiledSeedPageAcceptsAPartialRefundAndRejectsALowerCaseCurrency() throws Exception {
        Path contracts = compileSeedPage();

        assertThat(validate(contracts, "USD").findings())
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .isEmpty();
        assertThat(validate(contracts, "usd").findings())
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::pointer)
                .contains("/ecommerce/currency");
    }

    @Test
    void theMoneyPatternBecomesTheMoneyRuleAndSaysSo() throws Exception {
        JsonNode refund = Json.MAPPER.readTree(
                compileSeedPage().resolve("ga4/refund.json").toFile());
        JsonNode value = refund.path("properties").path("value");
        assertThat(value.path("$ref").asString()).endsWith("common/money.json");
        assertThat(value.path("$comment").asString()).contains("spec.pattern-on-number");
        assertThat(value.has("pattern")).isFalse();
        assertThat(refund.path("x-datalayer").path("events").get(0).asString()).isEqualTo("refund");
        assertThat(refund.path("x-datalayer").path("decimals").path("fields").toString())
                .contains("/value");
        assertThat(refund.path("properties")
                        .path("items")
                        .path("items")
                        .path("$ref")
                        .asString())
                .endsWith("spec/schemas/item.json");
    }

    @Test
    void everyCompiledSchemaIsValidUnderTheDraft202012MetaSchema() throws Exception {
        StandaloneSchema meta;
        try (InputStream in = StandaloneSchema.class.getResourceAsStream("/draft/2020-12/schema")) {
            meta = StandaloneSchema.of(Json.MAPPER.readTree(in));
        }
        Path root = SpecFixtures.root();
        List<CompiledSchema> compiled = new SpecRun(root).compile(List.of(root));
        assertThat(compiled).hasSizeGreaterThanOrEqualTo(8);
        for (CompiledSchema schema : compiled) {
            assertThat(meta.check(schema.schema())).as(schema.id()).isEmpty();
            assertThat(meta.check(Json.MAPPER.readTree("{\"type\": 12}")))
                    .as("the meta-schema checks")
                    .isNotEmpty();
        }
    }
}
