package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4: project contracts are compiled and checked at load, so that a bad {@code $ref}, a recursive
 * {@code $ref} or a misspelled keyword value is a one-line {@link ContractException} naming the file (exit 2 in the
 * CLI), never a stack overflow or an internal error mid-run.
 */
class ContractLoadCheckTest {

    private static ContractCatalog loadOne(Path dir, String schema) throws IOException {
        Files.writeString(dir.resolve("signup.json"), schema);
        return ContractCatalog.load(List.of(dir));
    }

    private static final String EVENTS = "\"x-datalayer\": {\"events\": [\"sign_up\"]}, ";

    @Test
    void aRefThatResolvesNowhereIsRefusedAtLoadNamingTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> loadOne(dir, "{" + EVENTS + "\"properties\": {\"a\": {\"$ref\": \"#/$defs/nope\"}}}"))
                .isInstanceOf(ContractException.class)
                .hasMessage(dir.resolve("signup.json") + ": $ref \"#/$defs/nope\" at /properties/a/$ref does not"
                        + " resolve to a schema of the catalog");
    }

    @Test
    void aRefToAnotherFileThatIsMissingIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> loadOne(dir, "{" + EVENTS + "\"$ref\": \"missing.json\"}"))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("$ref \"missing.json\" at /$ref does not resolve");
    }

    @Test
    void aRefToItselfIsARecursiveRefRefusedAtLoad(@TempDir Path dir) {
        assertThatThrownBy(() -> loadOne(dir, "{" + EVENTS + "\"$ref\": \"#\"}"))
                .isInstanceOf(ContractException.class)
                .hasMessage(dir.resolve("signup.json") + ": recursive $ref: # → # refers back to itself without going"
                        + " into the instance, so validation would never end");
    }

    @Test
    void aCycleThroughAllOfIsARecursiveRef(@TempDir Path dir) {
        String schema = "{" + EVENTS + "\"$defs\": {\"a\": {\"allOf\": [{\"$ref\": \"#/$defs/b\"}]},"
                + " \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}";

        assertThatThrownBy(() -> loadOne(dir, schema))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("recursive $ref: #/$defs/a → #/$defs/a/allOf/0 → #/$defs/b → #/$defs/a");
    }

    @Test
    void aTreeSchemaThatRefersToItselfUnderPropertiesIsFine(@TempDir Path dir) throws IOException {
        String schema = "{" + EVENTS + "\"type\": \"object\", \"properties\": {\"child\": {\"$ref\": \"#\"}},"
                + " \"$defs\": {\"x\": {\"$anchor\": \"node\"}}, \"items\": {\"$ref\": \"#node\"}}";

        ContractCatalog catalog = loadOne(dir, schema);

        assertThat(catalog.byId("signup")).isPresent();
        assertThat(catalog.byId("signup").orElseThrow().check(Json.MAPPER.readTree("{\"child\": {\"child\": {}}}")))
                .isEmpty();
    }

    @Test
    void aMisspelledKeywordValueFailsTheMetaSchema(@TempDir Path dir) {
        assertThatThrownBy(() -> loadOne(dir, "{" + EVENTS + "\"properties\": {\"a\": {\"type\": \"strnig\"}}}"))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith(dir.resolve("signup.json") + ": not a valid JSON Schema (draft 2020-12):"
                        + " /properties/a/type: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aRefToASharedShippedSchemaResolves() {
        ContractCatalog catalog = ContractCatalog.load(
                List.of(),
                Map.of(
                        "acme/signup.json",
                        Json.MAPPER.readTree("{" + EVENTS + "\"properties\": {\"currency\": {\"$ref\":"
                                + " \"https://datalayerlint.dev/contracts/common/currency.json\"}}}")));

        assertThat(catalog.byId("acme/signup")).isPresent();
    }
}
