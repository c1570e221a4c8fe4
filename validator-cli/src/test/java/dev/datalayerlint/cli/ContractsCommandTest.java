package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code datalayer-lint contracts [show ID]}, run in-process. */
class ContractsCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<String> lines(CliRun run) {
        return Arrays.asList(run.out().split("\\R"));
    }

    @Test
    void listsEveryContractIdWithItsSummaryAndRouting() {
        CliRun run = run("contracts");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> ids =
                lines(run).stream().map(line -> line.split("\\s+")[0]).toList();
        assertThat(ids)
                .containsExactlyElementsOf(ContractCatalog.shipped().contracts().stream()
                        .map(Contract::id)
                        .toList())
                .contains(
                        "braintree/refund",
                        "ga4-mp/refund",
                        "refcampaign/refund",
                        "trackbridge/refund",
                        "ga4/view_item_list",
                        "ga4/select_item",
                        "ga4/view_item",
                        "ga4/add_to_cart",
                        "ga4/remove_from_cart",
                        "ga4/view_cart",
                        "ga4/add_to_wishlist",
                        "ga4/begin_checkout",
                        "ga4/add_shipping_info",
                        "ga4/add_payment_info",
                        "ga4/purchase",
                        "ga4/refund",
                        "ga4/view_promotion",
                        "ga4/select_promotion");
        assertThat(run.out())
                .containsPattern("(?m)^braintree/refund +Braintree .*\\(--contract only\\)$")
                .containsPattern("(?m)^ga4/add_to_cart +GA4 add_to_cart .*\\(events: add_to_cart\\)$");
    }

    @Test
    void showResolvedPrintsOneSchemaWithEveryReferenceEmbedded() {
        CliRun run = run("contracts", "show", "ga4/refund", "--resolved");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode printed = Json.MAPPER.readTree(run.out());
        assertThat(printed.path("$defs").has("https://datalayerlint.dev/contracts/ga4/item.json"))
                .as(run.out())
                .isTrue();
    }

    @Test
    void showPrintsTheSchema() {
        CliRun run = run("contracts", "show", "braintree/refund");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // the contract first, under its id, then each schema it references under theirs
        assertThat(run.out()).startsWith("braintree/refund:\n").contains("(referenced by braintree/refund):");
        String first = run.out().substring("braintree/refund:\n".length());
        JsonNode printed = Json.MAPPER.readTree(first.substring(0, first.indexOf("\n}\n") + 3));
        assertThat(printed.path("$id").asString())
                .isEqualTo("https://datalayerlint.dev/contracts/braintree/refund.json");
        assertThat(printed)
                .isEqualTo(ContractCatalog.shipped()
                        .byId("braintree/refund")
                        .orElseThrow()
                        .schema());
    }

    @Test
    void listsAndShowsProjectContracts(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("acme"));
        Files.writeString(project.resolve("acme/signup.json"), """
                {"x-datalayer": {"summary": "Sign-up form", "events": ["sign_up"], "target": "/form"},
                 "type": "object"}""");
        CliRun list = run("contracts", "--contracts", project.toString());
        assertThat(list.exitCode()).as(list.err()).isEqualTo(ExitCode.OK);
        assertThat(list.out()).containsPattern("(?m)^acme/signup +Sign-up form \\(events: sign_up\\)$");
        CliRun show = run("contracts", "--contracts", project.toString(), "show", "acme/signup");
        assertThat(show.exitCode()).as(show.err()).isEqualTo(ExitCode.OK);
        assertThat(show.out()).contains("\"summary\" : \"Sign-up form\"");
    }

    @Test
    void validateWithAServerContract(@TempDir Path dir) throws IOException {
        Path body = dir.resolve("refund.json");
        Files.writeString(body, "{\"transactionId\": \"a\", \"amount\": \"50.001\"}");
        CliRun failing = run("validate", "--contract", "braintree/refund", body.toString());
        assertThat(failing.exitCode()).as(failing.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(failing.out()).contains("/amount").contains("money.decimals");
        Files.writeString(body, "{\"transactionId\": \"a\", \"amount\": \"50.00\"}");
        CliRun passing = run("validate", "--contract", "braintree/refund", body.toString());
        assertThat(passing.exitCode()).as(passing.out()).isEqualTo(ExitCode.OK);
        CliRun unknown = run("validate", "--contract", "paypal/refund", body.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
