package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.spi.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReporterTest {

    private static JsonNode run() throws Exception {
        String log = GoldenReportTest.render(
                ReportFormat.SARIF, SampleReport.report(), new ReportContext(Severity.ERROR, false));
        return JsonMapper.builder().build().readTree(log).get("runs").get(0);
    }

    @Test
    void fileNamesBecomeRelativeUriReferences() {
        assertThat(SarifReporter.uri("recordings/a.json")).isEqualTo("recordings/a.json");
        assertThat(SarifReporter.uri("recordings\\capture run.ndjson")).isEqualTo("recordings/capture%20run.ndjson");
        assertThat(SarifReporter.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
        assertThat(SarifReporter.uri("playwright:checkout")).isEqualTo("./playwright:checkout");
        assertThat(SarifReporter.uri("ré 100%.json")).isEqualTo("r%C3%A9%20100%25.json");
        assertThat(SarifReporter.uri("C:\\work\\a b.json")).isEqualTo("file:///C:/work/a%20b.json");
    }

    @Test
    void everyCatalogRuleIsDescribedAndResultsPointIntoTheTable() throws Exception {
        JsonNode run = run();
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(RuleCatalog.builtIn().descriptors().size());
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asString()).isEqualTo(result.get("ruleId").asString());
            assertThat(rule.get("helpUri").asString())
                    .isEqualTo("https://github.com/datalayer-lint/datalayer-lint/blob/main/docs/rules/"
                            + rule.get("id").asString() + ".md");
        }
    }

    @Test
    void suppressedFindingsCarryASuppressionAndUnknownLinesNoRegion() throws Exception {
        JsonNode results = run().get("results");
        int suppressed = 0;
        for (JsonNode result : results) {
            if (result.has("suppressions")) {
                suppressed++;
                assertThat(result.get("suppressions").get(0).get("kind").asString())
                        .isEqualTo("inSource");
            }
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").asString();
            if (uri.equals("recordings/empty.json") || uri.equals("./playwright:checkout")) {
                assertThat(physical.has("region")).isFalse();
            } else {
                assertThat(physical.get("region").get("startLine").asInt()).isPositive();
            }
        }
        assertThat(suppressed).isOne();
    }
}
