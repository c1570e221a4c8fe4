package dev.datalayerlint.cli;

import dev.datalayerlint.core.spi.UsageException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code --format text|json} of the listing commands ({@code rules}, {@code contracts}), so a script or an editor
 * extension reads the list without parsing columns.
 */
final class ListFormat {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "text (default: aligned columns) or json (an array of objects).")
    String format;

    /** True for {@code json}. */
    boolean json() {
        String name = format == null ? "text" : format.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format: '" + format + "' is not a list format; use text or json");
        };
    }

    /** Prints {@code json} pretty, with a final line break. */
    static void print(JsonNode json, PrintWriter out) {
        out.println(json.toPrettyString());
        out.flush();
    }

    static tools.jackson.databind.node.ArrayNode array() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
}
