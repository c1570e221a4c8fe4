package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RulesAndExplainTest {

    private static final Path HERE = Path.of("");

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found");
    }

    @Test
    void rulesAndContractsListAsJson() throws Exception {
        CliRun rules = CliRun.in(HERE, "rules", "--format", "json");
        assertThat(rules.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode list = Json.MAPPER.readTree(rules.out());
        assertThat(list.size()).isEqualTo(RuleCatalog.builtIn().descriptors().size());
        RuleDescriptor first = RuleCatalog.builtIn().descriptors().iterator().next();
        assertThat(list.get(0).get("id").asString()).isEqualTo(first.id());
        assertThat(list.get(0).get("severity").asString())
                .isEqualTo(first.defaultSeverity().label());
        assertThat(list.get(0).get("docs").asString()).isEqualTo(first.docsPath());

        CliRun contracts = CliRun.in(HERE, "contracts", "-f", "json");
        assertThat(contracts.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode ids = Json.MAPPER.readTree(contracts.out());
        assertThat(ids.findValuesAsString("id")).contains("ga4/refund", "braintree/refund");
        assertThat(ids.toString()).contains("\"events\":[\"refund\"]");

        CliRun bad = CliRun.in(HERE, "rules", "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("'xml' is not a list format; use text or json");
    }

    @Test
    void explainPrintsTheRulesPage() throws IOException {
        CliRun cli = CliRun.in(HERE, "explain", "schema.pattern");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.out())
                .startsWith("# schema.pattern\n")
                .contains("## Failing", "\"schema.pattern\": \"off\"")
                .isEqualTo(Files.readString(repositoryRoot().resolve("docs/rules/schema.pattern.md")));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void explainOfAnUnknownRuleSuggestsTheClosest() {
        CliRun typo = CliRun.in(HERE, "explain", "schema.patern");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err().strip())
                .isEqualTo("datalayer-lint: unknown rule 'schema.patern' (did you mean 'schema.pattern'?);"
                        + " 'datalayer-lint rules' lists them");
        assertThat(CliRun.in(HERE, "explain", "decimals").err()).contains("did you mean 'money.decimals'?");
        assertThat(CliRun.in(HERE, "explain", "zzz").err()).doesNotContain("did you mean");
    }

    @Test
    void rulesListsEveryRuleWithSeverityAndSummary() {
        CliRun cli = CliRun.in(HERE, "rules");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.OK);
        var lines = cli.out().lines().toList();
        assertThat(lines).hasSize(RuleCatalog.builtIn().descriptors().size());
        for (RuleDescriptor rule : RuleCatalog.builtIn().descriptors()) {
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith(rule.id() + " ")
                            .contains(" " + rule.defaultSeverity().label() + " ")
                            .endsWith(rule.summary()));
        }
        assertThat(lines).isSortedAccordingTo(java.util.Comparator.naturalOrder()); // sorted by id
    }
}
