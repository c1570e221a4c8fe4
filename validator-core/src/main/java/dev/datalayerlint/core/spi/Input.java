package dev.datalayerlint.core.spi;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Something to validate: a file or folder on disk, a recording held as text, or pushes a test already holds as
 * {@code JsonNode}s (a Selenium or Playwright suite reading {@code window.dataLayer}).
 */
public sealed interface Input {

    /** A file, or a folder searched for {@code .js}, {@code .json}, {@code .ndjson} and {@code .jsonl} files. */
    record PathInput(Path path) implements Input {}

    /** A recording's text; {@code name} is what findings carry. */
    record TextInput(String name, String text, RecordingFormat format) implements Input {}

    /** Pushes already parsed, in order. */
    record NodesInput(String name, List<JsonNode> pushes) implements Input {
        public NodesInput {
            pushes = List.copyOf(pushes);
        }
    }

    static Input path(Path path) {
        return new PathInput(path);
    }

    static Input text(String name, String text, RecordingFormat format) {
        return new TextInput(name, text, format);
    }

    /** A JSON text: an array of pushes or one push object. */
    static Input json(String name, String json) {
        return new TextInput(name, json, RecordingFormat.JSON);
    }

    static Input pushes(String name, List<JsonNode> pushes) {
        return new NodesInput(name, pushes);
    }
}
