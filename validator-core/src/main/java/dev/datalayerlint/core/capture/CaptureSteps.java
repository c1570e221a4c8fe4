package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a steps file: a JSON array of one-key objects, {@code {"goto": URL}}, {@code {"click": SELECTOR}},
 * {@code {"waitFor": EVENT}}, {@code {"waitForHit": EVENT}}, {@code {"wait": MILLISECONDS}}, each optionally with {@code "timeout": MILLISECONDS}
 * (docs/capture.md). Every mistake is one message naming the file, line and column.
 */
public final class CaptureSteps {

    private static final Set<String> ACTIONS = Set.of("goto", "click", "waitFor", "waitForHit", "wait");

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

    public static List<CaptureStep> parse(String name, String text) {
        List<CaptureStep> steps = new ArrayList<>();
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw error(name, parser, "a steps file is a JSON array of steps");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                int column = parser.currentTokenLocation().getColumnNr();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw error(name, parser, "a step is an object such as {\"click\": \"#buy\"}");
                }
                JsonNode step = parser.readValueAsTree();
                steps.add(step(name, line, column, step));
            }
            if (parser.nextToken() != null) {
                throw error(name, parser, "unexpected text after the steps");
            }
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new CaptureException(name + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        return steps;
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
