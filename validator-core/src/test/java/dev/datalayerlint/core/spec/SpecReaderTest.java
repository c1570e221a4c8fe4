package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spec.CodeValue.CodeProperty;
import dev.datalayerlint.core.spec.CodeValue.ObjectLiteral;
import dev.datalayerlint.core.spec.CodeValue.Placeholder;
import dev.datalayerlint.fixtures.SpecFixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

    private final SpecReader reader = new SpecReader();

    @Test
    void readsTheSeedPageWithPlaces() throws Exception {
        String text = Files.readString(SpecFixtures.root().resolve("events/ecommerce/refund.md"));
        SpecPage page = reader.read("refund.md", text);

        assertThat(page.title()).isEqualTo("Refund");
        assertThat(page.event()).contains("refund");
        assertThat(page.tableLine()).isEqualTo(45);
        assertThat(page.rows())
                .extracting(SpecRow::field)
                .containsExactly(
                        "affiliation",
                        "coupon",
                        "currency",
                        "items",
                        "shipping",
                        "tax",
                        "transaction_id",
                        "quantity",
                        "value");
        SpecRow currency = page.row("currency").orElseThrow();
        assertThat(currency.line()).isEqualTo(49);
        assertThat(currency.pattern()).isEqualTo("^[A-Z]{3}$");
        assertThat(currency.text(SpecColumn.MIN_LENGTH)).isEqualTo("3");
        assertThat(page.row("affiliation").orElseThrow().examples())
                .containsExactly("walgreens", "listerine online store");
        SpecRow items = page.row("items").orElseThrow();
        assertThat(items.type()).isEqualTo("array");
        assertThat(items.typeLink()).isEqualTo("/schemas/item.md");
        assertThat(page.row("value").orElseThrow().text(SpecColumn.MINIMUM)).isEqualTo("0.00");

        SpecCode code = page.codeBlock().orElseThrow();
        assertThat(code.firstLine()).isEqualTo(21);
        assertThat(code.syntax()).isEmpty();
        assertThat(code.pushes()).hasSize(2);
        assertThat(code.pushes().get(0).isEcommerceClear()).isTrue();
        assertThat(code.pushes().get(1).line()).isEqualTo(27);
        ObjectLiteral ecommerce = (ObjectLiteral) code.pushes()
                .get(1)
                .payload()
                .property("ecommerce")
                .orElseThrow()
                .value();
        CodeProperty currencyField = ecommerce.property("currency").orElseThrow();
        assertThat(currencyField.line()).isEqualTo(32);
        assertThat(currencyField.value()).isEqualTo(new Placeholder("currency"));
        FieldComment comment = currencyField.comment();
        assertThat(comment.requirement()).isEqualTo("required");
        assertThat(comment.type()).isEqualTo("string");
        assertThat(comment.examples()).containsExactly("USD");
        assertThat(comment.pattern()).isEqualTo("^[A-Z]{3}$");
        assertThat(comment.min()).isEqualTo("3");
        assertThat(comment.max()).isEqualTo("3");
        assertThat(ecommerce.property("value").orElseThrow().comment().pattern())
                .isEqualTo("^\\d\\.\\d\\d$");
    }

    @Test
    void headerVariantsAreMatchedWithoutCase() {
        assertThat(List.of(
                        "Required?",
                        "Maximum Length",
                        "Min",
                        "Max",
                        "Variable",
                        "Parameter",
                        "Examples",
                        "Multiple Of",
                        "min length"))
                .map(h -> SpecColumn.ofHeader(h).orElseThrow())
                .containsExactly(
                        SpecColumn.REQUIRED,
                        SpecColumn.MAX_LENGTH,
                        SpecColumn.MINIMUM,
                        SpecColumn.MAXIMUM,
                        SpecColumn.FIELD,
                        SpecColumn.FIELD,
                        SpecColumn.EXAMPLES,
                        SpecColumn.MULTIPLE_OF,
                        SpecColumn.MIN_LENGTH);
        assertThat(SpecColumn.ofHeader("Owner")).isEmpty();
    }

    @Test
    void aPatternKeepsItsOwnBars() {
        FieldComment comment = FieldComment.parse(" optional | string | pattern: ^(card|cash)$ | ex. card", 3, 9);
        assertThat(comment.pattern()).isEqualTo("^(card|cash)$");
        assertThat(comment.examples()).containsExactly("card");
        assertThat(FieldComment.parse(" Clear the previous ecommerce object.", 1, 1))
                .isNull();
    }

    @Test
    void invalidJavaScriptIsPlacedOnThePageLine() {
        String page = "# X\n\n## Javascript Code\n\n```js\ndataLayer.push({\n  event: \"x\"\n  a: 1\n});\n```\n";
        SpecCode code = reader.read("x.md", page).codeBlock().orElseThrow();
        assertThat(code.syntax()).hasValueSatisfying(error -> {
            assertThat(error.location().line()).isEqualTo(8);
            assertThat(error.message()).startsWith("syntax error");
        });
        assertThat(code.pushes()).isEmpty();
    }

    @Test
    void theCodeIsNeverRun() {
        String page = "# X\n\n## Code\n\n```js\nwhile (true) {}\ndataLayer.push({event: \"x\", a: compute()});\n```\n";
        SpecCode code = reader.read("x.md", page).codeBlock().orElseThrow();
        assertThat(code.syntax()).isEmpty();
        assertThat(code.pushes())
                .singleElement()
                .satisfies(push -> assertThat(
                                push.payload().property("a").orElseThrow().value())
                        .isEqualTo(new CodeValue.Expression("compute()")));
    }

    @Test
    void aPageWithoutTableOrCodeIsRead() {
        SpecPage page = reader.read("p.md", "Just prose, | not | a table.\n");
        assertThat(page.hasTable()).isFalse();
        assertThat(page.codeBlock()).isEmpty();
        assertThat(page.title()).isNull();
    }
}
