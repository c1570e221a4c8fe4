package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.SpecFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCompileCommandTest {

    @Test
    void compiledContractsAreUsedByValidateAtOnce(@TempDir Path temp) throws Exception {
        Path contracts = temp.resolve("contracts");
        CliRun compile = CliRun.in(
                SpecFixtures.root(), "spec", "compile", "events/ecommerce/refund.md", "--out", contracts.toString());
        assertThat(compile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(compile.out()).contains("events/ecommerce/refund.md -> ").contains("(ga4/refund)");
        assertThat(contracts.resolve("ga4/refund.json")).exists();
        assertThat(contracts.resolve("spec/schemas/item.json")).exists();

        Path recording = temp.resolve("refund.json");
        Files.writeString(recording, """
                [{"event": "refund", "ecommerce": {"transaction_id": "T1", "currency": "usd", "value": 7.77,
                  "tax": 1.11, "shipping": 3.33, "affiliation": "web", "quantity": 1,
                  "items": [{"item_id": "SKU_1", "quantity": 1}]}}]
                """);
        CliRun validate = CliRun.in(
                temp, "validate", "--no-config", "--format", "json", "--contracts", "contracts", "refund.json");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(validate.out()).contains("\"pointer\" : \"/ecommerce/currency\"");
    }

    @Test
    void outIsRequired() {
        CliRun cli = CliRun.in(SpecFixtures.root(), "spec", "compile", "events");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err()).contains("--out");
    }
}
