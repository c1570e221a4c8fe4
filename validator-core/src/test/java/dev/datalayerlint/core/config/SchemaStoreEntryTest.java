package dev.datalayerlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema Store catalog entry ({@code docs/schemastore-catalog-entry.json}) stays true to the code: it
 * matches exactly the file names the loader looks for and points at the configuration schema's {@code $id}.
 */
class SchemaStoreEntryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found");
    }

    @Test
    void theCatalogEntryMatchesTheConfigFileNamesAndTheSchemaId() throws IOException {
        JsonNode entry = JSON.readTree(repositoryRoot().resolve("docs/schemastore-catalog-entry.json"));
        JsonNode schema;
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.SCHEMA_RESOURCE)) {
            schema = JSON.readTree(in);
        }
        assertThat(entry.get("fileMatch").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(ConfigLoader.FILE_NAMES);
        assertThat(entry.get("url").asString()).isEqualTo(schema.get("$id").asString());
        assertThat(entry.get("name").asString()).isNotBlank();
        assertThat(entry.get("description").asString()).isNotBlank();
    }
}
