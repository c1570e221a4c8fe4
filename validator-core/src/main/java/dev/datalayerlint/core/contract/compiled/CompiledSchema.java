package dev.datalayerlint.core.contract.compiled;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A contract's schema compiled into specialised Java checks, the way ajv compiles a schema into code: the fast path
 * that says a push passes without networknt building a single evaluation path. Only a push it does not pass goes to
 * networknt, which stays the reference and the author of every message. A schema the compiler does not support is
 * held as not compiled, and then every push goes to networknt. Immutable and thread-safe.
 */
public final class CompiledSchema {

    private final NodeCheck root;
    private final String refusal;

    private CompiledSchema(NodeCheck root, String refusal) {
        this.root = root;
        this.refusal = refusal;
    }

    /**
     * @param documents every schema document of the catalog by its {@code $id}
     * @param iri the document to compile
     */
    public static CompiledSchema compile(Map<String, JsonNode> documents, String iri) {
        try {
            return new CompiledSchema(new SchemaCompiler(documents).document(iri), null);
        } catch (Unsupported e) {
            return new CompiledSchema(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new CompiledSchema(null, "not compiled: " + e);
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
}
