package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static Finding finding(String rule, int line, int column) {
        return Finding.builder(rule, Severity.ERROR, "m", new SourceLocation("r.js", line, column))
                .pointer("/ecommerce/value")
                .push(0)
                .event("refund")
                .build();
    }

    @Test
    void nextLineCoversTheNextLineOnlyAndOnlyItsRules() {
        Suppressions s = Suppressions.parse("""
                // datalayer-lint-disable-next-line money.decimals, schema.type -- legacy amounts
                dataLayer.push({});
                dataLayer.push({});
                """);
        assertThat(s.covers("money.decimals", 2, 11)).isTrue();
        assertThat(s.covers("schema.type", 2, 11)).isTrue();
        assertThat(s.covers("schema.pattern", 2, 11)).isFalse();
        assertThat(s.covers("money.decimals", 3, 11)).isFalse();
        assertThat(s.covers("money.decimals", 1, 1)).isFalse();
    }

    @Test
    void withoutRulesEveryRuleIsCovered() {
        Suppressions s = Suppressions.parse(
                "/* datalayer-lint-disable-next-line */\npush();\npush(); // datalayer-lint-disable-line\n");
        assertThat(s.covers("anything.at-all", 2, 1)).isTrue();
        assertThat(s.covers("anything.at-all", 3, 1)).isTrue();
        assertThat(s.covers("anything.at-all", 4, 1)).isFalse();
    }

    @Test
    void blocksRunToEnableOrToTheEndOfFile() {
        Suppressions s = Suppressions.parse("""
                push(1);
                /* datalayer-lint-disable schema.pattern */
                push(3);
                /* datalayer-lint-enable */
                push(5);
                /* datalayer-lint-disable */
                push(7);
                /* datalayer-lint-enable money.decimals */
                push(9);
                """);
        assertThat(s.covers("schema.pattern", 1, 1)).isFalse();
        assertThat(s.covers("schema.pattern", 3, 1)).isTrue();
        assertThat(s.covers("money.decimals", 3, 1)).isFalse();
        assertThat(s.covers("schema.pattern", 5, 1)).isFalse();
        assertThat(s.covers("schema.pattern", 7, 1)).isTrue();
        assertThat(s.covers("money.decimals", 7, 1)).isTrue();
        assertThat(s.covers("schema.pattern", 9, 1)).isTrue();
        assertThat(s.covers("money.decimals", 9, 1)).isFalse();
        assertThat(s.covers("schema.pattern", 1000, 1)).isTrue();
    }

    @Test
    void aBlockDirectiveTakesEffectWhereItsCommentEnds() {
        Suppressions s = Suppressions.parse("push(1); /* datalayer-lint-disable */ push(2);\n");
        assertThat(s.covers("schema.type", 1, 1)).isFalse();
        assertThat(s.covers("schema.type", 1, 40)).isTrue();
    }

    @Test
    void directivesMustOpenTheCommentAndStringsAreNotComments() {
        Suppressions s = Suppressions.parse("""
                // note: datalayer-lint-disable-next-line
                push(2);
                push("// datalayer-lint-disable-line");
                // datalayer-lint-disabled-next-line
                push(5);
                """);
        assertThat(s.directives()).isEmpty();
    }

    @Test
    void applyMarksCoveredFindingsAndKeepsThem() {
        Suppressions s = Suppressions.parse("// datalayer-lint-disable-next-line money.decimals\npush();\n");
        List<Finding> findings = new ArrayList<>(List.of(
                finding("money.decimals", 2, 11), finding("schema.type", 2, 11), finding("money.decimals", 0, 0)));
        s.applyTo(findings);
        assertThat(findings).extracting(Finding::suppressed).containsExactly(true, false, false);
        assertThat(findings).hasSize(3);
    }
}
