package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.values.Json;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page's {@code ## Schema Extensions} block: a JSON object of the JSON Schema keywords a table row cannot carry
 * ({@code enum}, {@code anyOf}, {@code additionalProperties}, an item {@code $ref}, the money rule's
 * {@code x-datalayer.decimals}), keyed by field ({@code "currency"}, {@code "items"}) with {@code ""} for the page's
 * own object. {@code spec render} writes it so that compiling a rendered contract loses nothing; {@code spec compile}
 * merges it into the schema it builds from the table.
 *
 * @param text the block's JSON text
 * @param firstLine 1-based page line of the block's first line (the line after the opening fence)
 * @param column 1-based page column where the block's lines start
 */
public record SchemaExtensions(String text, int firstLine, int column) {

    /** The heading (matched case-insensitively) the block stands under. */
    public static final String HEADING = "schema extensions";

    /** The parsed block, or empty when it is not a JSON object (see {@link #problem}). */
    public Optional<ObjectNode> json() {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return node instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Why the block is unusable, placed in the page; empty when it is a JSON object of objects. */
    public Optional<Problem> problem() {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() - 1;
            int col = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            return Optional.of(new Problem(
                    "the schema extensions are not valid JSON: " + e.getOriginalMessage(),
                    firstLine + line,
                    column + col - 1));
        }
        if (!(node instanceof ObjectNode object)) {
            return Optional.of(new Problem(
                    "the schema extensions must be a JSON object of field names to schema keywords",
                    firstLine,
                    column));
        }
        for (var entry : object.properties()) {
            if (!entry.getValue().isObject()) {
                return Optional.of(new Problem(
                        "the schema extensions of \"" + entry.getKey() + "\" must be a JSON object of schema keywords",
                        firstLine,
                        column));
            }
        }
        return Optional.empty();
    }

    /** A defect of the block, where it stands in the page. */
    public record Problem(String message, int line, int column) {}
}
