package dev.datalayerlint.core.spi;

import java.util.Locale;
import java.util.Optional;

/** The recording formats we read, recognised by file extension. */
public enum RecordingFormat {
    JS(".js"),
    JSON(".json"),
    NDJSON(".ndjson", ".jsonl"),
    /** An HTTP Archive exported from the browser's developer tools: its GA4 hits. */
    HAR(".har");

    private final String[] extensions;

    RecordingFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<RecordingFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (RecordingFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public static RecordingFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace("JSONL", "NDJSON"));
    }

    /** The extensions as a person would list them: ".js, .json, .ndjson, .jsonl, .har". */
    public static String supportedExtensions() {
        StringBuilder out = new StringBuilder();
        for (RecordingFormat format : values()) {
            for (String extension : format.extensions) {
                out.append(out.isEmpty() ? "" : ", ").append(extension);
            }
        }
        return out.toString();
    }
}
