package dev.datalayerlint.core.spec;

import tools.jackson.databind.JsonNode;

/**
 * One contract {@code spec compile} made from one page.
 *
 * @param page the page it was compiled from, as findings name it
 * @param id the contract id (its path below the contracts folder without {@code .json})
 * @param schema the draft 2020-12 schema, with {@code $id} and, for an event page, {@code x-datalayer}
 */
public record CompiledSchema(String page, String id, JsonNode schema) {

    /** Where the schema goes below the output folder. */
    public String fileName() {
        return id + ".json";
    }
}
