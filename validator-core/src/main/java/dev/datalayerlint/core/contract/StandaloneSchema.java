package dev.datalayerlint.core.contract;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema (draft 2020-12) checked on its own, outside the contract catalog: the configuration file's schema,
 * for one. Goes through the same adapter as contracts, so violations read the same way and nothing but
 * {@link SchemaCheck} touches the validator library. Immutable and thread-safe; compile once, check often.
 */
public final class StandaloneSchema {

    private final String iri;
    private final SchemaCheck check;

    private StandaloneSchema(String iri, SchemaCheck check) {
        this.iri = iri;
        this.check = check;
    }

    /**
     * @param schema a self-contained schema document; its {@code $id} (if any) is where relative references resolve
     * @throws ContractException when the schema cannot be compiled
     */
    public static StandaloneSchema of(JsonNode schema) {
        JsonNode declared = schema.get("$id");
        String iri = declared != null && declared.isString()
                ? declared.asString()
                : ContractCatalog.BASE + "standalone.json";
        SchemaCheck check = new SchemaCheck(Map.of(iri, schema));
        try {
            check.compile(iri);
        } catch (RuntimeException e) {
            throw new ContractException(iri + ": invalid schema: " + e.getMessage(), e);
        }
        return new StandaloneSchema(iri, check);
    }

    /** Every violation of {@code instance}, with the rule family, the pointer and a message naming the field. */
    public List<ContractViolation> check(JsonNode instance) {
        return check.check(iri, instance);
    }
}
