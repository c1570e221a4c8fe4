package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.contract.compiled.CompiledSchema;
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
    /** The fast path, compiled on first use (so start-up compiles only the contracts a run meets). */
    private volatile CompiledSchema compiled;

    Contract(String id, String iri, String origin, JsonNode schema, SchemaCheck schemas) {
        JsonNode meta = schema.path("x-datalayer");
        this.id = id;
        this.iri = iri;
        this.origin = origin;
        this.schema = schema;
        this.schemas = schemas;
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
     * schema answers first; networknt runs only when the instance fails it (or the schema could not be compiled), so
     * every schema message still comes from networknt.
     */
    public List<ContractViolation> check(JsonNode instance) {
        List<ContractViolation> money = decimals.check(instance);
        if (compiled().passes(instance)) {
            return money;
        }
        List<ContractViolation> out = new ArrayList<>(schemas.check(iri, instance));
        out.addAll(money);
        return out;
    }

    /** networknt's verdict alone, without the fast path: the reference the fast path must match. */
    boolean passesReference(JsonNode instance) {
        return schemas.passes(iri, instance);
    }

    /** Every schema document of the catalog this contract belongs to, by {@code $id}. */
    Map<String, JsonNode> documents() {
        return schemas.documents();
    }

    /** The compiled fast path of this contract's schema. */
    CompiledSchema compiled() {
        CompiledSchema known = compiled;
        if (known == null) {
            known = CompiledSchema.compile(schemas.documents(), iri);
            compiled = known;
        }
        return known;
    }

    void compile() {
        schemas.compile(iri);
    }

    @Override
    public String toString() {
        return id;
    }
}
