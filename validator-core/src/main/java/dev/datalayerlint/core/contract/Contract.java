package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.contract.compiled.CompiledSchema;
import dev.datalayerlint.core.contract.compiled.SchemaError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One contract: a JSON Schema plus the routing and money declarations of its {@code x-datalayer} block. dataLayer
 * contracts name the events they apply to and the part of the push they describe ({@code /ecommerce}); server
 * contracts (request bodies) have no events and are chosen with {@code --contract}.
 */
public final class Contract {

    private final String id;
    private final String summary;
    private final List<String> events;
    private final String target;
    private final String iri;
    private final String origin;
    private final JsonNode schema;
    private final DecimalCheck decimals;
    private final SchemaCheck schemas;
    /** The compiled schema first, made on first use (so start-up compiles only the contracts a run meets). */
    private final CompiledFirstCheck check;

    Contract(String id, String iri, String origin, JsonNode schema, SchemaCheck schemas) {
        JsonNode meta = schema.path("x-datalayer");
        this.id = id;
        this.iri = iri;
        this.origin = origin;
        this.schema = schema;
        this.schemas = schemas;
        this.check = new CompiledFirstCheck(iri, schemas);
        this.summary = meta.path("summary").asString(schema.path("title").asString(id));
        List<String> names = new ArrayList<>();
        meta.path("events").forEach(event -> names.add(event.asString()));
        this.events = List.copyOf(names);
        this.target = meta.path("target").asString("");
        this.decimals = DecimalCheck.from(meta.get("decimals"));
    }

    /** Stable id such as {@code ga4/refund}. */
    public String id() {
        return id;
    }

    /** One line for {@code datalayer-lint contracts}. */
    public String summary() {
        return summary;
    }

    /** Event names routed to this contract; empty for server bodies. */
    public List<String> events() {
        return events;
    }

    /** Pointer to the validated part of an event push ({@code ""} for the whole push). */
    public String target() {
        return target;
    }

    /** The schema's {@code $id}. */
    public String iri() {
        return iri;
    }

    /** "shipped", or the file a project contract was loaded from. */
    public String origin() {
        return origin;
    }

    /** The schema document as written. */
    public JsonNode schema() {
        return schema;
    }

    /**
     * Checks one instance (the part of the push the contract describes); pointers are relative to it. The compiled
     * schema answers first; an instance that fails it is explained by the compiled schema too, and networknt runs
     * only for what that cannot explain (or when the schema could not be compiled). Either way the messages are
     * worded by one piece of code, and read the same.
     */
    public List<ContractViolation> check(JsonNode instance) {
        List<ContractViolation> money = decimals.check(instance);
        List<ContractViolation> schema = check.violations(instance);
        if (schema.isEmpty()) {
            return money;
        }
        List<ContractViolation> out = new ArrayList<>(schema);
        out.addAll(money);
        return out;
    }

    /** The compiled schema's explanation of a failing instance, or null when networknt must explain it. */
    List<SchemaError> explanation(JsonNode instance) {
        return check.explanation(instance);
    }

    /** networknt's verdict alone, without the fast path: the reference the fast path must match. */
    boolean passesReference(JsonNode instance) {
        return check.passesReference(instance);
    }

    /** networknt's violations alone, without the compiled schema's explanation: what the explanation must match. */
    List<ContractViolation> checkReference(JsonNode instance) {
        List<ContractViolation> out = new ArrayList<>(check.reference(instance));
        out.addAll(decimals.check(instance));
        return out;
    }

    /** Every schema document of the catalog this contract belongs to, by {@code $id}. */
    Map<String, JsonNode> documents() {
        return schemas.documents();
    }

    /** The compiled fast path of this contract's schema. */
    CompiledSchema compiled() {
        return check.compiled();
    }

    void compile() {
        schemas.compile(iri);
    }

    @Override
    public String toString() {
        return id;
    }
}
