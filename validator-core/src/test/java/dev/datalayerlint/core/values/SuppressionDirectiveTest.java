package dev.datalayerlint.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.SuppressionDirective.Kind;
import org.junit.jupiter.api.Test;

/** The directive grammar recordings' and spec pages' comments share, as docs/configuration.md gives it. */
class SuppressionDirectiveTest {

    @Test
    void eachKindWithItsRulesInTheOrderWritten() {
        assertThat(SuppressionDirective.parse(
                        " datalayer-lint-disable-next-line schema.pattern, refund.unknown-purchase "))
                .contains(new SuppressionDirective(
                        Kind.DISABLE_NEXT_LINE, java.util.Set.of("schema.pattern", "refund.unknown-purchase")));
        assertThat(SuppressionDirective.parse("datalayer-lint-disable-line").orElseThrow())
                .isEqualTo(new SuppressionDirective(Kind.DISABLE_LINE, java.util.Set.of()));
        assertThat(SuppressionDirective.parse("datalayer-lint-disable b a,b\n c")
                        .orElseThrow()
                        .rules())
                .containsExactly("b", "a", "c");
        assertThat(SuppressionDirective.parse("datalayer-lint-enable a")
                        .orElseThrow()
                        .kind())
                .isEqualTo(Kind.ENABLE);
    }

    @Test
    void aReasonAfterTwoDashesNamesNoRule() {
        assertThat(SuppressionDirective.parse("datalayer-lint-disable-line a -- the legacy page, see b")
                        .orElseThrow()
                        .rules())
                .containsExactly("a");
        assertThat(SuppressionDirective.parse("datalayer-lint-disable -- every rule, for a reason")
                        .orElseThrow()
                        .rules())
                .isEmpty();
    }

    @Test
    void otherCommentsAreNoDirective() {
        assertThat(SuppressionDirective.parse("eslint-disable-next-line no-undef"))
                .isEmpty();
        assertThat(SuppressionDirective.parse("datalayer-lint-disabled a")).isEmpty();
        assertThat(SuppressionDirective.parse("see datalayer-lint-disable a")).isEmpty();
        assertThat(SuppressionDirective.parse("")).isEmpty();
    }
}
