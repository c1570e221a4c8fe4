package dev.datalayerlint.bench;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.values.Json;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.databind.JsonNode;

/**
 * The contract check of one purchase's ecommerce object against {@code ga4/purchase}: the passing path (what almost
 * every push takes, and what should allocate nothing) and a push that breaks five keywords (messages built).
 */
public class ContractCheckBench extends BenchSettings {

    private Contract purchase;
    private JsonNode valid;
    private JsonNode broken;

    @Setup
    public void setUp() {
        purchase = ContractCatalog.shipped().byId("ga4/purchase").orElseThrow();
        valid = Json.MAPPER.readTree(Recordings.PURCHASE);
        broken = Json.MAPPER.readTree(Recordings.BROKEN_PURCHASE);
    }

    @Benchmark
    public List<ContractViolation> validPurchase() {
        return purchase.check(valid);
    }

    @Benchmark
    public List<ContractViolation> brokenPurchase() {
        return purchase.check(broken);
    }
}
