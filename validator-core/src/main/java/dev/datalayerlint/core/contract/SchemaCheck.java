package dev.datalayerlint.core.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import dev.datalayerlint.core.contract.compiled.SchemaError;
import dev.datalayerlint.core.contract.compiled.SchemaPath;
import dev.datalayerlint.core.values.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The one adapter over networknt's json-schema-validator: nothing else imports {@code com.networknt}. It compiles
 * contract schemas from the catalog's documents (never from the network) and turns networknt's errors into our own
 * {@link SchemaError}s, which {@link SchemaMessages} words for a person.
 */
final class SchemaCheck {

    private final Map<String, JsonNode> documents;
    private final SchemaMessages messages;
    /** networknt, set up on first use: a run whose pushes all pass the compiled check never needs it. */
    private volatile Engine engine;

    /** @param documents every schema document by its {@code $id} */
    SchemaCheck(Map<String, JsonNode> documents) {
        this.documents = Map.copyOf(documents);
        this.messages = new SchemaMessages(this.documents);
    }

    /** networknt's registry over the documents, and the schemas compiled from it so far. */
    private static final class Engine {
        /** Draft 2020-12 knowing our own annotations, so no host logs "unknown keyword" for every contract. */
        private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("x-datalayer"))
                .keyword(new AnnotationKeyword("x-message"))
                .build();

        private final SchemaRegistry registry;
        private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

        Engine(Map<String, JsonNode> documents) {
            Map<String, String> texts = new LinkedHashMap<>();
            documents.forEach((iri, node) -> texts.put(iri, node.toString()));
            // Draft 2020-12 makes "format" an annotation by default; contracts use it as an assertion (rule
            // schema.format).
            this.registry = SchemaRegistry.withDefaultDialect(
                    DIALECT,
                    builder -> builder.schemas(texts)
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()));
        }

        Schema schema(String iri) {
            return compiled.computeIfAbsent(iri, key -> registry.getSchema(SchemaLocation.of(key)));
        }
    }

    /** The draft 2020-12 meta-schema, bundled with networknt: a project contract must be a valid schema. */
    private static final class MetaSchema {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    /**
     * What makes {@code schema} invalid against the draft 2020-12 meta-schema ({@code "type": "strnig"},
     * {@code "minimum": "5"}), one line each as {@code /pointer: message}; empty when it is valid.
     */
    static List<String> metaSchemaErrors(JsonNode schema) {
        List<String> problems = new ArrayList<>();
        for (Error error : MetaSchema.SCHEMA.validate(schema)) {
            String at = pointer(error.getInstanceLocation());
            problems.add((at.isEmpty() ? "/" : at) + ": " + error.getMessage());
        }
        return problems;
    }

    /** Every schema document by its {@code $id}, as networknt reads them: what the fast path compiles too. */
    Map<String, JsonNode> documents() {
        return documents;
    }

    /** Compiles the schema now, so a broken contract is reported when it is loaded rather than mid-run. */
    void compile(String iri) {
        schema(iri);
    }

    /** Whether networknt finds nothing wrong with {@code instance}: its verdict alone, with no message built. */
    boolean passes(String iri, JsonNode instance) {
        return schema(iri).validate(HugeNumbers.asDecimals(instance)).isEmpty();
    }

    /** Every violation of {@code instance}, as networknt finds them. */
    List<ContractViolation> check(String iri, JsonNode instance) {
        List<Error> errors = schema(iri).validate(HugeNumbers.asDecimals(instance));
        List<SchemaError> found = new ArrayList<>(errors.size());
        for (Error error : errors) {
            found.add(schemaError(error));
        }
        return messages.violations(found);
    }

    /** Violations worded from errors found without networknt (the compiled schema's explanation of a failure). */
    List<ContractViolation> violations(List<SchemaError> errors) {
        return messages.violations(errors);
    }

    /** networknt's error as our own value: nothing of networknt goes past this adapter. */
    private static SchemaError schemaError(Error error) {
        Object[] arguments = error.getArguments();
        String keyword = error.getKeyword();
        String missing =
                "dependentRequired".equals(keyword) && arguments != null && arguments.length > 0 && arguments[0] != null
                        ? String.valueOf(arguments[0])
                        : null;
        String detail =
                "propertyNames".equals(keyword) && arguments != null && arguments.length > 1 && arguments[1] != null
                        ? String.valueOf(arguments[1])
                        : null;
        return new SchemaError(
                keyword,
                pointer(error.getInstanceLocation()),
                path(error.getSchemaLocation()),
                error.getInstanceNode(),
                error.getProperty(),
                missing,
                detail,
                error.getMessage());
    }

    private static SchemaPath path(SchemaLocation location) {
        if (location == null) {
            return null;
        }
        NodePath fragment = location.getFragment();
        List<Object> steps = new ArrayList<>(fragment.getNameCount());
        for (int i = 0; i < fragment.getNameCount(); i++) {
            Object element = fragment.getElement(i);
            steps.add(element instanceof Integer index ? index : String.valueOf(element));
        }
        SchemaPath path = new SchemaPath(location.getAbsoluteIri().toString(), steps);
        assert path.toString().equals(location.toString()) : path + " is written " + location;
        return path;
    }

    private Schema schema(String iri) {
        Engine known = engine;
        if (known == null) {
            synchronized (this) {
                known = engine;
                if (known == null) {
                    known = new Engine(documents);
                    engine = known;
                }
            }
        }
        return known.schema(iri);
    }

    /** Whether networknt has compiled {@code iri}'s schema in this check (it does so on the first failing push). */
    boolean compiled(String iri) {
        Engine known = engine;
        return known != null && known.compiled.containsKey(iri);
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? Pointers.child(pointer, index)
                    : Pointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
