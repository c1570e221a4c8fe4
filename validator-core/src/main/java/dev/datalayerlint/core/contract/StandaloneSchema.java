package dev.datalayerlint.core.contract;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema (draft 2020-12) checked on its own, outside the contract catalog: the configuration file's schema,
 * for one. Checked as contracts are (the compiled schema first, networknt only for what it leaves), so violations
 * read the same way, a run with a configuration file does not set up networknt, and nothing but {@link SchemaCheck}
 * touches the validator library. Immutable and thread-safe; compile once, check often.
 */
public final class StandaloneSchema {

    private final CompiledFirstCheck check;

    private StandaloneSchema(CompiledFirstCheck check) {
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
        SchemaCheck networknt = new SchemaCheck(Map.of(iri, schema));
        CompiledFirstCheck check = new CompiledFirstCheck(iri, networknt);
        // A schema the compiler takes is sound; any other is compiled by networknt now, so a broken one is reported
        // here and not on the first value checked. Either way networknt is set up only when it is needed.
        if (!check.compiled().isCompiled()) {
            try {
                networknt.compile(iri);
            } catch (RuntimeException e) {
                throw new ContractException(iri + ": invalid schema: " + e.getMessage(), e);
            }
        }
        return new StandaloneSchema(check);
    }

    /** Every violation of {@code instance}, with the rule family, the pointer and a message naming the field. */
    public List<ContractViolation> check(JsonNode instance) {
        return check.violations(instance);
    }
}
