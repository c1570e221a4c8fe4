package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * networknt is the reference, not the first check: a contract compiles its networknt schema on the first instance
 * that the compiled schema can neither pass nor explain, so a run whose pushes all pass, or fail in ways the compiled
 * schema explains, never builds one (it is most of the contract set-up at start-up).
 */
class NetworkntOnDemandTest {

    private static final String REFUND = "ga4/refund";

    /** ga4/refund as a fresh contract over the shipped documents, with a networknt adapter of its own. */
    private static Contract freshRefund(SchemaCheck schemas) {
        Contract shipped = ContractCatalog.shipped().byId(REFUND).orElseThrow();
        return new Contract(REFUND, shipped.iri(), "shipped", shipped.schema(), schemas);
    }

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void passingAndExplainedInstancesNeverBuildANetworkntSchema() {
        Contract shipped = ContractCatalog.shipped().byId(REFUND).orElseThrow();
        SchemaCheck schemas = new SchemaCheck(shipped.documents());
        Contract refund = freshRefund(schemas);

        assertThat(refund.check(json("{\"transaction_id\": \"T1\", \"currency\": \"USD\", \"value\": 7.77}")))
                .isEmpty();
        assertThat(refund.check(json("{\"transaction_id\": \"T2\", \"currency\": \"EUR\", \"value\": 3,"
                        + " \"items\": [{\"item_id\": \"A\", \"price\": 3, \"quantity\": 1}]}")))
                .isEmpty();
        assertThat(schemas.compiled(shipped.iri())).isFalse();

        assertThat(refund.check(json("{\"transaction_id\": \"T3\", \"currency\": \"usd\", \"value\": 7.77}")))
                .extracting(violation -> violation.violation().pointer())
                .containsExactly("/currency");
        assertThat(schemas.compiled(shipped.iri()))
                .as("explained by the compiled schema")
                .isFalse();

        // A number beyond the long range reaches networknt as a big integer, so networknt words that failure.
        assertThat(refund.check(json("{\"transaction_id\": \"T4\", \"currency\": \"usd\", \"value\": 1e300}")))
                .extracting(violation -> violation.violation().pointer())
                .contains("/currency");
        assertThat(schemas.compiled(shipped.iri())).isTrue();
    }

    @Test
    void theFirstFailureGetsTheSameMessagesAsAContractWhoseSchemaWasBuiltAlready() {
        Contract shipped = ContractCatalog.shipped().byId(REFUND).orElseThrow();
        JsonNode broken = json("{\"transaction_id\": \"\", \"currency\": \"usd\", \"value\": -1, \"items\": 3}");
        SchemaCheck warm = new SchemaCheck(shipped.documents());
        warm.compile(shipped.iri());

        assertThat(freshRefund(new SchemaCheck(shipped.documents())).check(broken))
                .isNotEmpty()
                .isEqualTo(freshRefund(warm).check(broken));
    }
}
