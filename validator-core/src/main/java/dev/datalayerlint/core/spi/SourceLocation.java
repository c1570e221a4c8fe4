package dev.datalayerlint.core.spi;

/**
 * Where a push or a problem stands in the user's file, so every finding can be jumped to from an editor or a CI
 * annotation. Lines and columns are 1-based; 0 means "not known" (a push handed over as a {@code JsonNode}).
 */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
