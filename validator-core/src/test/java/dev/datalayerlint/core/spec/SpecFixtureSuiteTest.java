package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.fixtures.SpecFixtures;
import dev.datalayerlint.fixtures.SpecFixtures.Expected;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Lints the whole spec fixture folder once and checks every page's findings against its sidecar. */
class SpecFixtureSuiteTest {

    private static final Report REPORT = lintAll();

    private static Report lintAll() {
        Path root = SpecFixtures.root();
        return new SpecRun(root).lint(List.of(root));
    }

    @TestFactory
    Stream<DynamicTest> everyPage() {
        assertThat(SpecFixtures.pages()).hasSizeGreaterThanOrEqualTo(11);
        return SpecFixtures.pages().stream()
                .map(page -> DynamicTest.dynamicTest(page, () -> {
                    List<Expected> actual = REPORT.findings().stream()
                            .filter(f -> f.location().file().equals(page))
                            .map(SpecFixtureSuiteTest::expected)
                            .sorted(Comparator.comparingInt(Expected::line).thenComparing(Expected::rule))
                            .toList();
                    assertThat(actual).as(page).isEqualTo(SpecFixtures.expected(page));
                }));
    }

    @org.junit.jupiter.api.Test
    void anItemFieldTheLinkedPageLacksIsPointedAtInTheFirstItem() {
        assertThat(REPORT.findings())
                .filteredOn(f -> f.location().file().equals("events/ecommerce/view_item.md")
                        && f.ruleId().equals(SpecRules.FIELD_NOT_IN_TABLE.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/ecommerce/items/0/item_colour");
                    assertThat(f.message()).contains("item.md does not define item_colour");
                });
    }

    private static Expected expected(Finding finding) {
        return new Expected(finding.location().line(), finding.ruleId());
    }
}
