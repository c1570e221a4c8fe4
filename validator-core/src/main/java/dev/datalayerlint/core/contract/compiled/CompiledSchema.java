package dev.datalayerlint.core.contract.compiled;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A contract's schema compiled into specialised Java checks, the way ajv compiles a schema into code: the fast path
 * that says a push passes without networknt building a single evaluation path. A push it does not pass is explained
 * keyword by keyword, in networknt's terms, by {@link FailureExplainer}; networknt, the reference, explains only what
 * that leaves to it. A schema the compiler does not support is held as not compiled, and then every push goes to
 * networknt. Immutable and thread-safe.
 */
public final class CompiledSchema {

    private final NodeCheck root;
    private final String refusal;
    private final FailureExplainer explainer;

    private CompiledSchema(NodeCheck root, String refusal, FailureExplainer explainer) {
        this.root = root;
        this.refusal = refusal;
        this.explainer = explainer;
    }

    /**
     * @param documents every schema document of the catalog by its {@code $id}
     * @param iri the document to compile
     */
    public static CompiledSchema compile(Map<String, JsonNode> documents, String iri) {
        try {
            return new CompiledSchema(
                    new SchemaCompiler(documents).document(iri), null, new FailureExplainer(documents, iri));
        } catch (Unsupported e) {
            return new CompiledSchema(null, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new CompiledSchema(null, "not compiled: " + e, null);
        }
    }

    /** Whether the schema could be compiled; when not, {@link #passes} is always false. */
    public boolean isCompiled() {
        return root != null;
    }

    /** Why the schema was not compiled (the first thing the compiler refused), or null when it was. */
    public String refusal() {
        return refusal;
    }

    /**
     * True when {@code instance} certainly satisfies the schema, so networknt would report nothing; false when it
     * fails, or when only networknt can tell.
     */
    public boolean passes(JsonNode instance) {
        if (root == null) {
            return false;
        }
        try {
            return root.accepts(instance);
        } catch (Undecided | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The keywords {@code instance} fails, as networknt reports them (in an order of their own), for a value {@link #passes} did not
     * pass; null when only networknt can tell (the schema is not compiled, or the failure is one the explainer
     * leaves to networknt's wording).
     */
    public List<SchemaError> explain(JsonNode instance) {
        return explainer == null ? null : explainer.explain(instance);
    }
}
