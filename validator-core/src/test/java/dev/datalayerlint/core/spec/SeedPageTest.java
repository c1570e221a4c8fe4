package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.fixtures.SpecFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The done-when of issue 13 for lint, on the seed refund page (test-fixtures/specs/events/ecommerce/refund.md). */
class SeedPageTest {

    private static final String PAGE = "events/ecommerce/refund.md";

    private static List<Finding> lint() {
        Path root = SpecFixtures.root();
        Report report = new SpecRun(root).lint(List.of(root.resolve(PAGE)));
        return report.findings();
    }

    @Test
    void numberPatternIsAnErrorOnTheRowsOfValueTaxAndShipping() {
        List<Finding> findings = lint().stream()
                .filter(f -> f.ruleId().equals(SpecRules.PATTERN_ON_NUMBER.id()))
                .toList();
        assertThat(findings).extracting(f -> f.location().line()).containsExactly(51, 52, 55);
        assertThat(findings)
                .extracting(Finding::pointer)
                .containsExactly("/ecommerce/shipping", "/ecommerce/tax", "/ecommerce/value");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("money rule").contains("12.34");
        });
    }

    @Test
    void quantityIsNotARefundParameterOnItsRow() {
        assertThat(lint())
                .filteredOn(f -> f.ruleId().equals(SpecRules.GA4_UNKNOWN_PARAMETER.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(54);
                    assertThat(f.pointer()).isEqualTo("/ecommerce/quantity");
                    assertThat(f.event()).contains("refund");
                });
    }

    @Test
    void aSinglePageStillResolvesRootLinksFromTheFoldersAboveIt() {
        assertThat(lint()).noneMatch(f -> f.ruleId().equals(SpecRules.BROKEN_LINK.id()));
    }
}
