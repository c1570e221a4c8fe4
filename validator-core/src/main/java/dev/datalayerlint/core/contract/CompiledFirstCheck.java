package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.contract.compiled.CompiledSchema;
import dev.datalayerlint.core.contract.compiled.SchemaError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One schema checked the way every schema of the project is: the compiled schema says whether a value passes; a
 * value that fails is explained by the compiled schema in networknt's terms; networknt, the reference, runs only for
 * what that leaves to it, or for a schema the compiler does not support (ADR 11, ADR 16). Contracts and the
 * standalone schemas (the configuration file's, the capture steps') share it. Thread-safe; the compiled schema is
 * made on first use.
 */
final class CompiledFirstCheck {

    /**
     * The order of one value's schema violations, whoever found them: a validator's own order of keywords is its
     * business, and a rule's cap ({@code FindingCap}) must keep the same findings either way.
     */
    private static final Comparator<ContractViolation> IN_ORDER = Comparator.comparing(
                    (ContractViolation v) -> v.violation().pointer())
            .thenComparing(v -> v.rule().id())
            .thenComparing(ContractViolation::schemaLocation, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(v -> v.violation().message());

    private final String iri;
    private final SchemaCheck networknt;
    private volatile CompiledSchema compiled;

    /** @param iri the document checked, one of {@code networknt}'s documents */
    CompiledFirstCheck(String iri, SchemaCheck networknt) {
        this.iri = iri;
        this.networknt = networknt;
    }

    /** Every violation of {@code value}, in {@link #IN_ORDER}; empty when it passes. */
    List<ContractViolation> violations(JsonNode value) {
        if (compiled().passes(value)) {
            return List.of();
        }
        List<SchemaError> explained = explanation(value);
        List<ContractViolation> out =
                new ArrayList<>(explained != null ? networknt.violations(explained) : networknt.check(iri, value));
        out.sort(IN_ORDER);
        return out;
    }

    /** The compiled schema's explanation of a failing value, or null when networknt must explain it. */
    List<SchemaError> explanation(JsonNode value) {
        // A number beyond the long range reaches networknt as a big integer (HugeNumbers), and is worded so.
        return HugeNumbers.asDecimals(value) == value ? compiled().explain(value) : null;
    }

    /** networknt's violations alone, in the same order: what the fast path and the explanation must match. */
    List<ContractViolation> reference(JsonNode value) {
        List<ContractViolation> out = new ArrayList<>(networknt.check(iri, value));
        out.sort(IN_ORDER);
        return out;
    }

    /** networknt's verdict alone. */
    boolean passesReference(JsonNode value) {
        return networknt.passes(iri, value);
    }

    /** The compiled fast path of the schema. */
    CompiledSchema compiled() {
        CompiledSchema known = compiled;
        if (known == null) {
            known = CompiledSchema.compile(networknt.documents(), iri);
            compiled = known;
        }
        return known;
    }
}
