package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RuleConfig;
import org.junit.jupiter.api.Test;

/** Suppression comments that suppressed nothing are reported only when asked for, at the comment. */
class UnusedDirectivesTest {

    private static final String SCRIPT = """
            window.dataLayer = window.dataLayer || [];
            // datalayer-lint-disable-next-line money.decimals
            dataLayer.push({event: "refund", ecommerce: {transaction_id: "T1", currency: "USD", value: 7.777}});
            // datalayer-lint-disable-next-line money.decimals, schema.pattern, money.decimal
            dataLayer.push({event: "refund", ecommerce: {transaction_id: "T2", currency: "USD", value: 7.77}});
            dataLayer.push({ecommerce: null}); // datalayer-lint-disable-line
            /* datalayer-lint-disable schema.required */
            dataLayer.push({event: "page_view"});
            """;

    @Test
    void directivesThatSuppressedNothingAreReportedWhenAskedFor() {
        LintProfile profile = LintProfile.builder()
                .rules(RuleConfig.DEFAULTS.reportingUnusedDirectives())
                .build();
        assertThat(profile.lint("r.js", SCRIPT, RecordingFormat.JS).findings())
                .filteredOn(f -> f.ruleId().equals("input.unused-directive"))
                .extracting(f -> f.location().line(), f -> f.location().column(), Finding::message)
                .containsExactly(
                        tuple(
                                4,
                                1,
                                "suppression comment suppressed no finding of money.decimals, schema.pattern;"
                                        + " remove them"),
                        tuple(6, 36, "suppression comment suppressed nothing; remove it"),
                        tuple(7, 1, "suppression comment suppressed no finding of schema.required; remove it"));
    }

    @Test
    void withoutTheOptionNothingIsSaid() {
        assertThat(LintProfile.defaults()
                        .lint("r.js", SCRIPT, RecordingFormat.JS)
                        .findings())
                .extracting(Finding::ruleId)
                .doesNotContain("input.unused-directive");
    }
}
