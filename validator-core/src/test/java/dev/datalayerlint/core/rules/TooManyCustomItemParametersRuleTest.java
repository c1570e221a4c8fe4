package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TooManyCustomItemParametersRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new TooManyCustomItemParametersRule());

    /** A view_item whose second item has {@code custom} custom parameters besides its standard ones. */
    private static String viewItem(int custom) {
        String extra =
                IntStream.rangeClosed(1, custom).mapToObj(i -> "c" + i + ": 1").collect(Collectors.joining(", "));
        return "{event: 'view_item', ecommerce: {items: [{item_id: 'A'}, {item_id: 'B', item_brand: 'G',"
                + " item_category5: 'x', price: 1" + (custom > 0 ? ", " + extra : "") + "}]}}";
    }

    @Test
    void twentySevenCustomParametersAreGa4sLimit() {
        RULE.valid(recording().push(viewItem(27)));
    }

    @Test
    void theTwentyEighthIsReportedOnItsItem() {
        RULE.invalid(
                recording().push(viewItem(28)),
                expect("/ecommerce/items/1")
                        .withMessage("items[1] has 28 custom parameters (c1, c2, …); GA4 accepts at most 27 custom"
                                + " parameters in an item besides its standard ones"));
    }

    @Test
    void customEventsAreNotGa4Ecommerce() {
        RULE.valid(recording().push(viewItem(30).replace("view_item", "catalog_export")));
    }
}
