package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.values.Json;
import dev.datalayerlint.core.values.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every contract a run can use: the shipped ones (module {@code schemas}) and a project's own folders, which extend
 * or override them. Schemas reference each other by relative {@code $ref} against their {@code $id}; nothing is
 * fetched from the network. Immutable and thread-safe.
 */
public final class ContractCatalog {

    /** The base of every shipped {@code $id}; a project schema without {@code $id} is placed under it too. */
    public static final String BASE = "https://datalayerlint.dev/contracts/";

    private static final String SHIPPED = "/datalayer-lint/contracts/";

    private final Map<String, Contract> byId;
    private final Map<String, Contract> byEvent;
    private final Map<String, RuleDescriptor> declaredRules = new TreeMap<>();
    /** Every schema document, contract or not ({@code ga4/item}), by {@code $id}. */
    private final Map<String, JsonNode> documents;

    private ContractCatalog(Map<String, JsonNode> documents, Map<String, String> origins, Map<String, String> ids) {
        this.documents = documents;
        SchemaCheck schemas = new SchemaCheck(documents);
        Map<String, Contract> contracts = new TreeMap<>();
        ids.forEach(
                (iri, id) -> contracts.put(id, new Contract(id, iri, origins.get(iri), documents.get(iri), schemas)));
        this.byId = contracts;
        Map<String, Contract> events = new LinkedHashMap<>();
        contracts.values().forEach(c -> c.events().forEach(e -> events.put(e, c)));
        this.byEvent = events;
    }

    /** The shipped contracts; loaded once per JVM. */
    public static ContractCatalog shipped() {
        return Shipped.CATALOG;
    }

    /**
     * The shipped contracts extended or overridden by the schema files under {@code directories}. A file's contract
     * id is its {@code $id} below {@link #BASE}, else its path in the folder without {@code .json}.
     *
     * @throws ContractException when a folder or a schema cannot be used; the message names the file
     */
    public static ContractCatalog load(List<Path> directories) {
        return load(directories, Map.of());
    }

    /**
     * As {@link #load(List)}, then adds {@code schemas} held in memory (a test's own contract, a compiled tagging
     * spec), keyed by the relative path a file of the same schema would have in a contracts folder
     * ({@code acme/signup.json} is contract {@code acme/signup} unless its {@code $id} says otherwise).
     *
     * @throws ContractException when a folder or a schema cannot be used; the message names the file or key
     */
    public static ContractCatalog load(List<Path> directories, Map<String, JsonNode> schemas) {
        if (directories.isEmpty() && schemas.isEmpty()) {
            return shipped();
        }
        Documents documents = Shipped.documents();
        for (Path directory : directories) {
            documents.addDirectory(directory);
        }
        schemas.forEach((path, schema) -> {
            if (!schema.isObject()) {
                throw new ContractException(path + ": a contract schema must be a JSON object");
            }
            documents.add(path, schema.deepCopy(), "memory:" + path, true);
        });
        ContractLoadCheck check = new ContractLoadCheck(documents.nodes);
        documents.origins.forEach((iri, origin) -> {
            if (!"shipped".equals(origin)) {
                check.check(iri, origin);
            }
        });
        ContractCatalog catalog = new ContractCatalog(documents.nodes, documents.origins, documents.contractIds);
        documents.origins.forEach((iri, origin) -> {
            if (!"shipped".equals(origin)) {
                catalog.declaredRules.putAll(DeclaredRules.scan(documents.nodes.get(iri), origin));
            }
        });
        catalog.byId.values().stream()
                .filter(c -> !"shipped".equals(c.origin()))
                .forEach(c -> {
                    try {
                        c.compile();
                    } catch (RuntimeException | StackOverflowError e) {
                        throw new ContractException(c.origin() + ": invalid schema: " + e, e);
                    }
                });
        return catalog;
    }

    /** The known contract id closest to a mistyped one ({@code ga4/refnd} → {@code ga4/refund}), if one is close. */
    public Optional<String> closest(String id) {
        return Spelling.closest(id, contracts().stream().map(Contract::id).toList());
    }

    /**
     * The schema files of a project contracts folder, by the relative path that names them ({@code /}-separated),
     * sorted: every regular {@code .json} file below it.
     *
     * @throws ContractException when the folder does not exist or cannot be read
     */
    public static Map<String, Path> schemaFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ContractException("contracts folder not found: " + directory);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .forEach(p -> files.put(directory.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException | UncheckedIOException e) {
            throw new ContractException("cannot read contracts folder " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    public Optional<Contract> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Contract> forEvent(String event) {
        return event == null ? Optional.empty() : Optional.ofNullable(byEvent.get(event));
    }

    /** The rules project contracts declare for their own keywords with {@code x-rule}, sorted by id. */
    public Collection<RuleDescriptor> declaredRules() {
        return declaredRules.values();
    }

    /**
     * A schema by id, whether it is a contract or a schema contracts refer to ({@code ga4/item},
     * {@code common/money}): what {@code contracts show} prints.
     */
    public Optional<JsonNode> schema(String id) {
        Contract contract = byId.get(id);
        if (contract != null) {
            return Optional.of(contract.schema());
        }
        return iriOf(id).map(documents::get);
    }

    /** The ids of the schemas {@code id} refers to through {@code $ref}, directly or not, in the order first met. */
    public List<String> references(String id) {
        return iriOf(id)
                .map(iri -> new SchemaBundle(documents)
                        .references(iri).stream().map(ContractCatalog::idOf).toList())
                .orElse(List.of());
    }

    /**
     * Schema {@code id} as one self-contained schema: every schema it refers to embedded under {@code $defs} with its
     * {@code $id} (JSON Schema 2020-12 bundling), so it validates offline with any 2020-12 validator.
     */
    public Optional<JsonNode> resolved(String id) {
        return iriOf(id).map(iri -> new SchemaBundle(documents).bundle(iri));
    }

    private Optional<String> iriOf(String id) {
        Contract contract = byId.get(id);
        if (contract != null) {
            return Optional.of(contract.iri());
        }
        return documents.keySet().stream().filter(iri -> idOf(iri).equals(id)).findFirst();
    }

    /** The id a schema is shown under: its {@code $id} below {@link #BASE} without {@code .json}, else the IRI. */
    static String idOf(String iri) {
        return iri.startsWith(BASE) ? iri.substring(BASE.length()).replaceFirst("(\\.schema)?\\.json$", "") : iri;
    }

    /** All contracts, sorted by id. */
    public Collection<Contract> contracts() {
        return byId.values();
    }

    private static final class Shipped {
        static final ContractCatalog CATALOG = create();

        private static ContractCatalog create() {
            Documents documents = documents();
            return new ContractCatalog(documents.nodes, documents.origins, documents.contractIds);
        }

        static Documents documents() {
            Documents documents = new Documents();
            JsonNode index = resource("index.json");
            for (JsonNode file : index.path("schemas")) {
                String path = file.asString();
                documents.add(path, resource(path), "shipped", false);
            }
            return documents;
        }

        private static JsonNode resource(String path) {
            try (InputStream in = ContractCatalog.class.getResourceAsStream(SHIPPED + path)) {
                if (in == null) {
                    throw new IllegalStateException("shipped schema missing from the classpath: " + path);
                }
                return Json.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Schema documents being gathered, by IRI; later additions override earlier ones. */
    private static final class Documents {
        final Map<String, JsonNode> nodes = new LinkedHashMap<>();
        final Map<String, String> origins = new LinkedHashMap<>();
        final Map<String, String> contractIds = new LinkedHashMap<>();

        void add(String relativePath, JsonNode schema, String origin, boolean project) {
            String id = relativePath.replaceFirst("(\\.schema)?\\.json$", "");
            String iri = BASE + relativePath;
            JsonNode declared = schema.get("$id");
            if (declared != null && declared.isString()) {
                iri = declared.asString();
                if (iri.startsWith(BASE)) {
                    id = iri.substring(BASE.length()).replaceFirst("(\\.schema)?\\.json$", "");
                }
            } else if (schema instanceof ObjectNode object) {
                object.put("$id", iri);
            }
            nodes.put(iri, schema);
            origins.put(iri, origin);
            boolean contract = schema.path("x-datalayer").isObject() || project;
            contractIds.values().remove(id);
            if (contract) {
                contractIds.put(iri, id);
            }
        }

        void addDirectory(Path directory) {
            Map<String, Path> files = schemaFiles(directory);
            for (Map.Entry<String, Path> entry : files.entrySet()) {
                String relative = entry.getKey();
                Path file = entry.getValue();
                JsonNode schema;
                try {
                    schema = Json.MAPPER.readTree(file.toFile());
                } catch (JacksonException e) {
                    var at = e.getLocation();
                    String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
                    throw new ContractException(file + where + ": invalid JSON: " + e.getOriginalMessage(), e);
                }
                if (!schema.isObject()) {
                    throw new ContractException(file + ": a contract schema must be a JSON object");
                }
                add(relative, schema, file.toString(), true);
            }
        }
    }
}
