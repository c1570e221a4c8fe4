package dev.datalayerlint.core.config;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.contract.SchemaRules;
import dev.datalayerlint.core.contract.StandaloneSchema;
import dev.datalayerlint.core.run.PathIgnores;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the configuration file ({@code datalayer-lint.json}, {@code datalayer-lint.yaml} or
 * {@code datalayer-lint.yml}) into a {@link LintConfig}. The file is checked against its JSON Schema (shipped in
 * module {@code schemas} as {@code datalayer-lint/config.schema.json}), then rule ids against the rule catalog;
 * every problem is a {@link ConfigException} with a one-line message naming the file, line and column. Used by the
 * CLI and the Maven plugin alike.
 */
public final class ConfigLoader {

    /** The names a configuration file is found under, in the order they are looked for. */
    public static final List<String> FILE_NAMES =
            List.of("datalayer-lint.json", "datalayer-lint.yaml", "datalayer-lint.yml");

    /** The class-path resource of the configuration file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/datalayer-lint/config.schema.json";

    /**
     * The parsers, made when a configuration file is first read: most runs have none, and building a mapper (YAML's
     * above all, about 30 ms of a small run's start-up) would be spent only to look for one.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private ConfigLoader() {}

    /**
     * The configuration file in {@code directory}, if there is one.
     *
     * @throws ConfigException when there are several (which one wins would be a guess)
     */
    public static Optional<Path> find(Path directory) {
        List<Path> found = new ArrayList<>();
        for (String name : FILE_NAMES) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                found.add(file);
            }
        }
        if (found.size() > 1) {
            throw new ConfigException("several configuration files in " + directory + ": "
                    + String.join(
                            ", ",
                            found.stream().map(f -> f.getFileName().toString()).toList())
                    + "; keep one");
        }
        return found.stream().findFirst();
    }

    /**
     * The configuration file nearest {@code start}, as ESLint and Spectral find theirs: in {@code start}, else in the
     * folder above, and so on up to the repository's root (the first folder holding {@code .git}, a folder or, in a
     * worktree or submodule, a file) or the file system's root. A file above the repository is never used: it belongs
     * to someone else.
     *
     * @throws ConfigException when the nearest folder with a configuration file holds several
     */
    public static Optional<Path> discover(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<Path> found = find(dir);
            if (found.isPresent() || Files.exists(dir.resolve(".git"))) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The configuration found in {@code directory}, or {@link LintConfig#DEFAULTS} when there is none. */
    public static LintConfig loadFrom(Path directory) {
        return find(directory).map(ConfigLoader::load).orElse(LintConfig.DEFAULTS);
    }

    /** Reads {@code file}; messages name it as given. */
    public static LintConfig load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Reads {@code file}; contract folders are resolved against its folder.
     *
     * @param displayName how messages name the file (a path relative to the working directory, say)
     * @throws ConfigException when the file cannot be read or is not a valid configuration
     */
    public static LintConfig load(Path file, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(displayName + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigException(
                    displayName + ": cannot read the configuration file ("
                            + (Files.exists(file) ? e.getMessage() : "not found") + ")",
                    e);
        }
        Path directory = file.toAbsolutePath().normalize().getParent();
        return parse(text, displayName, isYaml(file.getFileName().toString()), directory);
    }

    /**
     * Reads a configuration held as text.
     *
     * @param displayName how messages name the file
     * @param yaml true for YAML (JSON is YAML too, but JSON is read strictly as JSON)
     * @param directory the folder contract paths are resolved against
     * @throws ConfigException when the text is not a valid configuration
     */
    public static LintConfig parse(String text, String displayName, boolean yaml, Path directory) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ObjectMapper mapper = yaml ? Yaml.MAPPER : Json.MAPPER;
        JsonNode root;
        Map<String, TokenStreamLocation> locations;
        try {
            root = text.isBlank() ? null : mapper.readTree(text);
            locations = text.isBlank() ? Map.of() : locations(mapper, text);
        } catch (JacksonException e) {
            throw new ConfigException(
                    at(displayName, e.getLocation()) + "invalid " + (yaml ? "YAML" : "JSON") + ": "
                            + oneLine(e.getOriginalMessage()),
                    e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return LintConfig.DEFAULTS; // an empty file (or one that is all comments) configures nothing
        }
        Problems problems = new Problems(displayName, locations);
        checkSchema(root, problems);
        problems.throwFirst();
        checkRules(root.path("rules"), problems);
        checkGlobs(root.path("ignore"), problems);
        List<Path> contracts = contracts(root.path("contracts"), directory, problems);
        JsLimits jsLimits = jsLimits(root, problems);
        problems.throwFirst();
        return new LintConfig(ruleTuning(root), strings(root.path("ignore")), contracts, failOn(root), jsLimits);
    }

    static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static void checkSchema(JsonNode root, Problems problems) {
        JsonNode properties = Schema.DOCUMENT.path("properties");
        for (ContractViolation found : Schema.CHECK.check(root)) {
            String pointer = found.violation().pointer();
            String location = found.schemaLocation() == null ? "" : found.schemaLocation();
            if (location.contains("/propertyNames")) {
                continue; // rule ids are checked against the catalog below, with a suggestion
            }
            if (found.rule() == SchemaRules.UNKNOWN_PROPERTY) {
                List<String> tokens = tokens(pointer);
                String key = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
                String known = String.join(", ", properties.propertyNames());
                String suggestion = RuleCatalog.closest(key, properties.propertyNames())
                        .map(s -> "did you mean '" + s + "'? ")
                        .orElse("");
                problems.add(pointer, "unknown key '" + key + "' (" + suggestion + "known keys: " + known + ")");
                continue;
            }
            if (pointer.isEmpty()) {
                problems.add(pointer, "the configuration must be an object (a mapping of keys to values)");
                continue;
            }
            String field = field(pointer);
            String message = found.violation().message();
            if (message.startsWith(field + " ")) {
                message = message.substring(field.length() + 1);
            }
            problems.add(pointer, path(pointer) + ": " + message);
        }
    }

    private static void checkRules(JsonNode rules, Problems problems) {
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (String id : rules.propertyNames()) {
            // An id outside every built-in family may be one a project contract declares (x-rule): the linter checks
            // it once the contracts are loaded.
            if (catalog.find(id).isEmpty() && builtInFamily(catalog, id)) {
                String suggestion = catalog.closest(id)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                problems.add(
                        child("/rules", id),
                        "unknown rule '" + id + "' in rules" + suggestion + "; 'datalayer-lint rules' lists them");
            }
        }
    }

    private static boolean builtInFamily(RuleCatalog catalog, String id) {
        String family = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
        return !id.contains(".") || catalog.descriptors().stream().anyMatch(r -> r.id().startsWith(family));
    }

    private static void checkGlobs(JsonNode ignore, Problems problems) {
        for (int i = 0; i < ignore.size(); i++) {
            try {
                PathIgnores.checkGlob(ignore.get(i).asString());
            } catch (IllegalArgumentException e) {
                problems.add("/ignore/" + i, "ignore[" + i + "]: " + e.getMessage());
            }
        }
    }

    private static List<Path> contracts(JsonNode contracts, Path directory, Problems problems) {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            Path folder = directory.resolve(contracts.get(i).asString()).normalize();
            if (!Files.isDirectory(folder)) {
                problems.add("/contracts/" + i, "contracts[" + i + "]: folder not found: " + folder);
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * A JSON number that is a whole number within {@code long} range ({@code 5000} or {@code 5e3}), else -1: never an
     * exception, whatever the file holds ({@code 999e99} was one, found by fuzzing).
     */
    private static long wholeNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? node.longValue() : -1;
        }
        if (node.isFloatingPointNumber()) {
            double value = node.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 0x1p63 ? (long) value : -1;
        }
        return -1;
    }

    private static JsLimits jsLimits(JsonNode root, Problems problems) {
        JsLimits limits = JsLimits.DEFAULTS;
        JsonNode statements = root.get("jsStatementLimit");
        if (statements != null) {
            long limit = wholeNumber(statements);
            if (limit > 0) {
                limits = limits.withStatementLimit(limit);
            } else {
                problems.add("/jsStatementLimit", "jsStatementLimit: must be a positive whole number below 2^63");
            }
        }
        JsonNode timeout = root.get("jsTimeout");
        if (timeout != null) {
            try {
                limits = limits.withCpuTime(JsLimits.parseDuration(timeout.asString()));
            } catch (IllegalArgumentException e) {
                problems.add("/jsTimeout", "jsTimeout: " + e.getMessage());
            }
        }
        return limits;
    }

    /** The {@code rules}, and whether {@code reportUnusedDisableDirectives} asks for unused suppressions. */
    private static RuleConfig ruleTuning(JsonNode root) {
        RuleConfig rules = rules(root.path("rules"));
        return root.path("reportUnusedDisableDirectives").asBoolean(false) ? rules.reportingUnusedDirectives() : rules;
    }

    private static RuleConfig rules(JsonNode rules) {
        Map<String, Severity> severities = new TreeMap<>();
        Set<String> disabled = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : rules.properties()) {
            String value = entry.getValue().asString();
            if ("off".equals(value)) {
                disabled.add(entry.getKey());
            } else {
                severities.put(entry.getKey(), Severity.parse(value));
            }
        }
        return new RuleConfig(severities, disabled);
    }

    private static Severity failOn(JsonNode root) {
        JsonNode failOn = root.get("failOn");
        if (failOn == null) {
            return LintConfig.DEFAULTS.failOn();
        }
        return "never".equals(failOn.asString()) ? null : Severity.parse(failOn.asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asString()));
        return out;
    }

    /** {@code rules.schema.length}, {@code ignore[2]}: a pointer as a person reads a path in the file. */
    private static String path(String pointer) {
        StringBuilder out = new StringBuilder();
        List<String> tokens = tokens(pointer);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean index = i > 0 && token.chars().allMatch(Character::isDigit) && !token.isEmpty();
            out.append(index ? "[" + token + "]" : (out.isEmpty() ? "" : ".") + token);
        }
        return out.toString();
    }

    private static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        return tokens;
    }

    /** How the schema check names the field at the start of its messages: the last token, or {@code ignore[1]}. */
    private static String field(String pointer) {
        List<String> tokens = tokens(pointer);
        String last = tokens.get(tokens.size() - 1);
        if (tokens.size() > 1 && !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
            return tokens.get(tokens.size() - 2) + "[" + last + "]";
        }
        return last;
    }

    /** Where each key (for object members) or value (for array elements) starts, by JSON pointer. */
    private static Map<String, TokenStreamLocation> locations(ObjectMapper mapper, String text) {
        Map<String, TokenStreamLocation> locations = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != null) {
                locations.put("", parser.currentTokenLocation());
                walk(parser, "", locations);
            }
        }
        return locations;
    }

    private static void walk(JsonParser parser, String pointer, Map<String, TokenStreamLocation> locations) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String child = child(pointer, parser.currentName());
                locations.put(child, parser.currentTokenLocation());
                parser.nextToken();
                walk(parser, child, locations);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
                String child = child(pointer, Integer.toString(index++));
                locations.put(child, parser.currentTokenLocation());
                walk(parser, child, locations);
            }
        }
    }

    private static String at(String file, TokenStreamLocation location) {
        return location == null || location.getLineNr() <= 0
                ? file + ": "
                : file + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr()) + ": ";
    }

    /**
     * A parser message on one line. SnakeYAML's span several ("while scanning an alias", a snippet with a caret,
     * "unexpected character found *(42)"): the lines that are not indented snippets or positions are kept.
     */
    private static String oneLine(String message) {
        if (message == null) {
            return "cannot be parsed";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")) {
                kept.add(line.strip());
            }
        }
        return kept.isEmpty() ? message.strip() : String.join(": ", kept);
    }

    /** The problems found so far, reported one line at a time: the first in the file, with a count of the rest. */
    private static final class Problems {
        private final String file;
        private final Map<String, TokenStreamLocation> locations;
        private final Map<String, String> byPointer = new LinkedHashMap<>();

        Problems(String file, Map<String, TokenStreamLocation> locations) {
            this.file = file;
            this.locations = locations;
        }

        void add(String pointer, String message) {
            byPointer.putIfAbsent(pointer + "\u0000" + message, message);
        }

        void throwFirst() {
            if (byPointer.isEmpty()) {
                return;
            }
            record Located(TokenStreamLocation at, String message) {}
            List<Located> all = new ArrayList<>();
            byPointer.forEach((key, message) -> {
                String pointer = key.substring(0, key.indexOf('\u0000'));
                all.add(new Located(locate(pointer), message));
            });
            all.sort(Comparator.comparingLong((Located l) -> l.at() == null ? Long.MAX_VALUE : l.at().getLineNr())
                    .thenComparingLong(l -> l.at() == null ? 0 : l.at().getColumnNr()));
            Located first = all.get(0);
            String more = all.size() == 1
                    ? ""
                    : " (and " + (all.size() - 1) + " more problem" + (all.size() == 2 ? "" : "s") + ")";
            throw new ConfigException(at(file, first.at()) + first.message() + more);
        }

        /** The location of the pointer, else of the nearest enclosing value that has one. */
        private TokenStreamLocation locate(String pointer) {
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                TokenStreamLocation location = locations.get(p);
                if (location != null || p.isEmpty()) {
                    return location;
                }
            }
        }
    }

    /** The configuration schema, loaded and compiled once. */
    private static final class Schema {
        static final JsonNode DOCUMENT = read();
        static final StandaloneSchema CHECK = StandaloneSchema.of(DOCUMENT);

        private static JsonNode read() {
            try (InputStream in = ConfigLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "configuration schema missing from the class path: " + SCHEMA_RESOURCE);
                }
                return Json.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
