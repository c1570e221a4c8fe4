package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.capture.CaptureSteps;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The schemas checked outside the contract catalog (the configuration file's, the capture steps') go the contracts'
 * way: they compile, so a run that reads a configuration file never sets networknt up, and on 20,000 seeded random
 * instances each the compiled verdict and the compiled explanation give exactly networknt's violations.
 */
class StandaloneSchemaDifferentialTest {

    private static final int RANDOM_INSTANCES = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {ConfigLoader.SCHEMA_RESOURCE, CaptureSteps.SCHEMA_RESOURCE})
    void compilesAndAgreesWithNetworknt(String resource) throws IOException {
        JsonNode schema;
        try (InputStream in = StandaloneSchemaDifferentialTest.class.getResourceAsStream(resource)) {
            schema = Json.MAPPER.readTree(in);
        }
        String iri = schema.path("$id").asString(ContractCatalog.BASE + "standalone.json");
        Map<String, JsonNode> documents = Map.of(iri, schema);
        CompiledFirstCheck check = new CompiledFirstCheck(iri, new SchemaCheck(documents));
        assertThat(check.compiled().refusal()).as(resource).isNull();

        RandomInstances random = new RandomInstances(documents, 20261203L);
        List<String> disagreements = new ArrayList<>();
        int failing = 0;
        int explained = 0;
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            JsonNode instance = random.next(iri);
            boolean passes = check.passesReference(instance);
            if (check.compiled().passes(instance) != passes) {
                disagreements.add("verdict on " + instance);
            }
            if (passes) {
                continue;
            }
            failing++;
            explained += check.explanation(instance) != null ? 1 : 0;
            if (!check.violations(instance).equals(check.reference(instance)) && disagreements.size() < 20) {
                disagreements.add(
                        check.violations(instance) + " against " + check.reference(instance) + " on " + instance);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(failing).isBetween(RANDOM_INSTANCES / 10, RANDOM_INSTANCES * 9 / 10);
        assertThat(explained).isGreaterThan(failing / 2);
    }
}
