package dev.datalayerlint.core.spi;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Something to validate: a file or folder on disk, a recording held as text, or pushes a test already holds as
 * {@code JsonNode}s (a Selenium or Playwright suite reading {@code window.dataLayer}).
 */
public sealed interface Input {

    /** A file, or a folder searched for {@code .js}, {@code .json}, {@code .ndjson}, {@code .jsonl} and {@code .har} files. */
    record PathInput(Path path) implements Input {}

    /** A recording's text; {@code name} is what findings carry. */
    record TextInput(String name, String text, RecordingFormat format) implements Input {}

    /**
     * A recording's raw bytes (standard input, say), decoded as strict UTF-8 by the reader: invalid bytes are
     * reported, never replaced, and an NDJSON recording is decoded line by line so a bad line costs only itself.
     */
    record BytesInput(String name, byte[] bytes, RecordingFormat format) implements Input {
        public BytesInput {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BytesInput that
                    && name.equals(that.name)
                    && java.util.Arrays.equals(bytes, that.bytes)
                    && format == that.format;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, java.util.Arrays.hashCode(bytes), format);
        }

        @Override
        public String toString() {
            return "BytesInput[" + name + ", " + bytes.length + " bytes, " + format + "]";
        }
    }

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

    static Input bytes(String name, byte[] bytes, RecordingFormat format) {
        return new BytesInput(name, bytes, format);
    }

    static Input pushes(String name, List<JsonNode> pushes) {
        return new NodesInput(name, pushes);
    }
}
