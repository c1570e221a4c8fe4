package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4: a project contract with a recursive or unresolvable {@code $ref} is a usage error at load (exit 2,
 * one line naming the file), never a stack overflow or an exit 3 in the middle of the run.
 */
class BrokenProjectContractTest {

    private static CliRun validateWith(Path dir, String schema) throws IOException {
        Path contracts = Files.createDirectories(dir.resolve("contracts"));
        Files.writeString(contracts.resolve("signup.json"), schema);
        Files.writeString(dir.resolve("r.json"), "[{\"event\": \"sign_up\", \"method\": \"email\"}]");
        return CliRun.in(dir, "validate", "--contracts", "contracts", "r.json");
    }

    @Test
    void aRecursiveRefIsExit2WithOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        CliRun run = validateWith(dir, "{\"x-datalayer\": {\"events\": [\"sign_up\"]}, \"$ref\": \"#\"}");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .singleElement()
                .satisfies(line ->
                        assertThat(line).startsWith("datalayer-lint: ").contains("signup.json: recursive $ref: # → #"));
    }

    @Test
    void anUnresolvableRefIsExit2AtLoad(@TempDir Path dir) throws IOException {
        CliRun run = validateWith(
                dir,
                "{\"x-datalayer\": {\"events\": [\"sign_up\"]}, \"properties\": {\"method\": {\"$ref\":"
                        + " \"#/$defs/method\"}}}");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("signup.json: $ref \"#/$defs/method\""));
    }
}
