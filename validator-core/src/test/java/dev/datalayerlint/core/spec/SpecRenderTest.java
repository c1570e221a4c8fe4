package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.values.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code spec render} of every shipped dataLayer contract: the page lints clean, and the contract compiled back from
 * it accepts the contract's own examples.
 */
class SpecRenderTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyShippedEventContract() {
        return ContractCatalog.shipped().contracts().stream()
                .filter(c -> !c.events().isEmpty())
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> roundTrip(c)));
    }

    private void roundTrip(Contract contract) throws Exception {
        String page = new ContractRenderer().renderShipped(contract.id());
        Path dir = Files.createDirectories(temp.resolve(contract.id().replace('/', '_')));
        Path file = dir.resolve("page.md");
        Files.writeString(file, page);

        Report lint = new SpecRun(dir).lint(List.of(file));
        assertThat(lint.findings()).as("lint of the rendered page:%n%s", page).isEmpty();

        Path contracts = Files.createDirectories(dir.resolve("contracts"));
        for (CompiledSchema schema : new SpecRun(dir).compile(List.of(file))) {
            Path out = contracts.resolve(schema.fileName());
            Files.createDirectories(out.getParent());
            Files.writeString(out, Json.MAPPER.writeValueAsString(schema.schema()));
        }
        String event = contract.events().get(0);
        for (JsonNode example : contract.schema().path("examples")) {
            String push = contract.target().isEmpty()
                    ? example.toString()
                    : "{\"event\": \"" + event + "\", \"ecommerce\": " + example + "}";
            Report validated = validate(contracts, push);
            assertThat(validated.findings())
                    .as("compiled from the page, %s accepts its example %s", contract.id(), example)
                    .filteredOn(f -> f.severity() == Severity.ERROR)
                    .extracting(Finding::message)
                    .isEmpty();
            if (example.has("currency") && !contract.target().isEmpty()) {
                String broken = push.replace(
                        "\"currency\":\"" + example.get("currency").asString() + "\"", "\"currency\":\"usd\"");
                Report rejected = validate(contracts, broken);
                assertThat(rejected.findings())
                        .as("compiled from the page, %s rejects a lower-case currency", contract.id())
                        .extracting(Finding::pointer)
                        .contains("/ecommerce/currency");
            }
        }
    }

    private static Report validate(Path contracts, String push) {
        return Validator.create()
                .validate(ValidationRequest.builder()
                        .contractDirectory(contracts)
                        .input(Input.json("push.json", "[" + push + "]"))
                        .build());
    }
}
