package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.contract.StandaloneSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a steps file: a JSON array, or a YAML sequence ({@code .yaml}, {@code .yml}), of one-action objects,
 * {@code {"goto": URL}}, {@code {"click": SELECTOR}}, {@code {"waitFor": EVENT}}, {@code {"waitForHit": EVENT}},
 * {@code {"wait": MILLISECONDS}}, each optionally with {@code "timeout": MILLISECONDS} (docs/capture.md). The file is
 * checked against the shipped JSON Schema ({@link #SCHEMA_RESOURCE}); every mistake is one message naming the file,
 * line and column, and each step keeps its line so a step that fails in the browser is named where it was written.
 */
public final class CaptureSteps {

    /** The class-path resource of the steps file's JSON Schema (draft 2020-12), for editors too. */
    public static final String SCHEMA_RESOURCE = "/dev/datalayerlint/core/capture/steps.schema.json";

    private static final Set<String> ACTIONS = Set.of("goto", "click", "waitFor", "waitForHit", "wait");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final StandaloneSchema SCHEMA = StandaloneSchema.of(loadSchema());

    private CaptureSteps() {}

    public static List<CaptureStep> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CaptureException(file + ": cannot read the steps file: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Whether a steps file of this name is read as YAML (else JSON). */
    public static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    public static List<CaptureStep> parse(String name, String text) {
        boolean yaml = isYaml(name);
        String kind = yaml ? "YAML" : "JSON";
        List<CaptureStep> steps = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        ArrayNode document = JsonNodeFactory.instance.arrayNode();
        try (JsonParser parser = (yaml ? YAML : JSON).createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw error(name, parser, "a steps file is a " + (yaml ? "YAML sequence" : "JSON array") + " of steps");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                int column = parser.currentTokenLocation().getColumnNr();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw error(
                            name,
                            parser,
                            "a step is an object such as " + (yaml ? "{click: \"#buy\"}" : "{\"click\": \"#buy\"}"));
                }
                JsonNode step = parser.readValueAsTree();
                steps.add(step(name, line, column, step));
                where.add(new int[] {line, column});
                document.add(step);
            }
            if (parser.nextToken() != null) {
                throw error(name, parser, "unexpected text after the steps");
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new CaptureException(name + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid " + kind + ": " + e.getOriginalMessage());
        }
        for (ContractViolation found : SCHEMA.check(document)) {
            // The checks above name the common mistakes in the user's words; the schema is the final word.
            String pointer = found.violation().pointer();
            int index = pointer.length() > 1 ? firstIndex(pointer) : -1;
            int[] at = index >= 0 && index < where.size() ? where.get(index) : new int[] {1, 1};
            throw new CaptureException(
                    name + ":" + at[0] + ":" + at[1] + ": " + found.violation().message() + " (steps schema)");
        }
        return steps;
    }

    private static int firstIndex(String pointer) {
        String first = pointer.substring(1).split("/", -1)[0];
        try {
            return Integer.parseInt(first);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static JsonNode loadSchema() {
        try (InputStream in = CaptureSteps.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " missing from the jar");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaptureStep step(String name, int line, int column, JsonNode step) {
        String where = name + ":" + line + ":" + column + ": ";
        List<String> actions = new ArrayList<>();
        for (String key : step.propertyNames()) {
            if (ACTIONS.contains(key)) {
                actions.add(key);
            } else if (!key.equals("timeout")) {
                throw new CaptureException(where + "unknown step key \"" + key
                        + "\" (expected goto, click, waitFor, waitForHit, wait, timeout)");
            }
        }
        if (actions.size() != 1) {
            throw new CaptureException(where + "a step has exactly one of goto, click, waitFor, waitForHit, wait");
        }
        Duration timeout = null;
        if (step.has("timeout")) {
            timeout = millis(where, step.get("timeout"), "timeout");
        }
        String action = actions.getFirst();
        JsonNode argument = step.get(action);
        return switch (action) {
            case "goto" -> new CaptureStep.Goto(text(where, argument, action), timeout, line);
            case "click" -> new CaptureStep.Click(text(where, argument, action), timeout, line);
            case "waitFor" -> new CaptureStep.WaitForEvent(text(where, argument, action), timeout, line);
            case "waitForHit" -> new CaptureStep.WaitForHit(text(where, argument, action), timeout, line);
            default -> new CaptureStep.Wait(millis(where, argument, action), line);
        };
    }

    private static String text(String where, JsonNode value, String key) {
        if (!value.isString() || value.asString().isBlank()) {
            throw new CaptureException(where + "\"" + key + "\" needs a non-empty string");
        }
        return value.asString();
    }

    private static Duration millis(String where, JsonNode value, String key) {
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw new CaptureException(where + "\"" + key + "\" needs a number of milliseconds (0 or more)");
        }
        return Duration.ofMillis(value.asLong());
    }

    private static CaptureException error(String name, JsonParser parser, String message) {
        var where = parser.currentTokenLocation();
        return new CaptureException(name + ":" + where.getLineNr() + ":" + where.getColumnNr() + ": " + message);
    }
}
