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
import dev.datalayerlint.fixtures.Fixture;
import dev.datalayerlint.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The round-trip property of issue 13: for every shipped contract, the contract compiled from its rendered pages
 * ({@code compile(render(contract))}) accepts and rejects every push of the shared fixtures that exercises the
 * contract, and every example of the contract, exactly as the shipped contract does. A push is rejected when the
 * contract gives it an error ({@code schema.*} or {@code money.*}); the test compares the verdict per push and the
 * pointers of those errors.
 */
class SpecRoundTripTest {

    private static final Validator VALIDATOR = Validator.create();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyShippedContract() {
        return ContractCatalog.shipped().contracts().stream()
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> roundTrip(c)));
    }

    private void roundTrip(Contract contract) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(contract.id().replace('/', '_')));
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String rendered = new ContractRenderer().renderShipped(contract.id());
        Path page = pages.resolve(contract.id() + ".md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, rendered);
        Path contracts = Files.createDirectories(dir.resolve("contracts"));
        String compiledId = null;
        for (CompiledSchema schema : new SpecRun(dir).compile(List.of(pages))) {
            Path out = contracts.resolve(schema.fileName());
            Files.createDirectories(out.getParent());
            Files.writeString(out, Json.MAPPER.writeValueAsString(schema.schema()));
            if (schema.page().endsWith(contract.id() + ".md")) {
                compiledId = schema.id();
            }
        }
        assertThat(compiledId).as("the contract's own page compiles").isNotNull();
        boolean events = !contract.events().isEmpty();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Fixture fixture : Fixtures.all()) {
            if (events ? fixture.contract() != null : !contract.id().equals(fixture.contract())) {
                continue;
            }
            Map<Integer, Set<String>> shipped =
                    verdicts(run(ValidationRequest.builder().path(fixture.file()), null, fixture.contract()), contract);
            Map<Integer, Set<String>> compiled = verdicts(
                    run(ValidationRequest.builder().path(fixture.file()), contracts, events ? null : compiledId),
                    contract);
            compared += shipped.size();
            if (!shipped.equals(compiled)) {
                differences.add(fixture.name() + ": shipped " + shipped + ", compiled " + compiled);
            }
        }
        for (JsonNode example : contract.schema().path("examples")) {
            String document = !events
                    ? example.toString()
                    : contract.target().isEmpty()
                            ? example.toString()
                            : "{\"event\": \"" + contract.events().get(0) + "\", \"ecommerce\": " + example + "}";
            Map<Integer, Set<String>> shipped = verdicts(
                    run(
                            ValidationRequest.builder().input(Input.json("example.json", "[" + document + "]")),
                            null,
                            events ? null : contract.id()),
                    contract);
            Map<Integer, Set<String>> compiled = verdicts(
                    run(
                            ValidationRequest.builder().input(Input.json("example.json", "[" + document + "]")),
                            contracts,
                            events ? null : compiledId),
                    contract);
            compared++;
            if (!java.util.Objects.equals(shipped, compiled)) {
                differences.add("example " + example + ": shipped " + shipped + ", compiled " + compiled);
            }
        }
        assertThat(differences)
                .as("%s: %d pushes compared; pages:%n%s", contract.id(), compared, rendered)
                .isEmpty();
    }

    private static Report run(ValidationRequest.Builder request, Path contracts, String contractId) {
        if (contracts != null) {
            request.contractDirectory(contracts);
        }
        return VALIDATOR.validate(
                request.contract(contractId).baseDirectory(Fixtures.root()).build());
    }

    /** Per push of {@code contract}'s events (any push for a whole-document contract): its errors as {@code rule pointer}. */
    private static Map<Integer, Set<String>> verdicts(Report report, Contract contract) {
        Map<Integer, Set<String>> verdicts = new TreeMap<>();
        for (Finding finding : report.findings()) {
            boolean fromContract =
                    finding.ruleId().startsWith("schema.") || finding.ruleId().startsWith("money.");
            boolean reaches = contract.events().isEmpty()
                    || finding.event().filter(contract.events()::contains).isPresent();
            if (fromContract && reaches && finding.severity() == Severity.ERROR) {
                verdicts.computeIfAbsent(finding.pushIndex().orElse(-1), i -> new TreeSet<>())
                        .add(finding.ruleId() + " " + finding.pointer());
            }
        }
        return verdicts;
    }
}
