package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * The rules for the mistakes real pages make: near-miss names, placeholders, a missing value. Findings are compared
 * in report order (by push, then pointer), the order the linter gives them.
 */
class Ga4NearMissRulesTest {

    @Test
    void nearMissDistancesCountASwapOnce() {
        assertThat(NearMiss.distance("item_brnad", "item_brand")).isEqualTo(1);
        assertThat(NearMiss.distance("shiping", "shipping")).isEqualTo(1);
        assertThat(NearMiss.folded("Add-To Cart")).isEqualTo("addtocart");
        assertThat(NearMiss.closest("shiping", Ga4Vocabulary.EVENT_PARAMETERS)).isEqualTo("shipping");
        assertThat(NearMiss.closest("in_stock", Ga4Vocabulary.ITEM_PARAMETERS)).isNull();
        assertThat(NearMiss.closest("item_category6", Ga4Vocabulary.ITEM_PARAMETERS))
                .as("equally close to several")
                .isNull();
    }

    @Test
    void misnamedEventsSayWhatWasMeant() {
        RuleTester.forRule(new MisnamedEcommerceEventRule())
                .invalid(
                        recording()
                                .push("{event: 'Purchase'}")
                                .push("{event: 'addToCart'}")
                                .push("{event: 'add_to_basket'}")
                                .push("{event: 'purchase'}")
                                .push("{event: 'newsletter_signup'}")
                                .push("{event: 'gtm.js'}"),
                        anyFinding()
                                .atPush(0)
                                .withMessage("event \"Purchase\" is not a GA4 ecommerce event: GA4 event names are"
                                        + " case-sensitive, so it is a custom event and its ecommerce data is lost;"
                                        + " did you mean \"purchase\"?"),
                        anyFinding()
                                .atPush(1)
                                .withMessage("event \"addToCart\" is not a GA4 ecommerce event: GA4 event names are"
                                        + " case-sensitive, so it is a custom event and its ecommerce data is lost;"
                                        + " did you mean \"add_to_cart\"?"),
                        anyFinding()
                                .atPush(2)
                                .withMessage("event \"add_to_basket\" is not a GA4 ecommerce event: GA4 event names"
                                        + " are case-sensitive, so it is a custom event and its ecommerce data is"
                                        + " lost; did you mean \"add_to_cart\"?"));
    }

    @Test
    void misspelledParametersOnlyOnGa4EcommerceEvents() {
        String params = "{transaction_id: 'T1', shiping: 1, items: [{item_id: 'A', qty: 3}]}";
        RuleTester.forRule(new MisspelledParameterRule())
                .invalid(
                        recording()
                                .push("{event: 'purchase', ecommerce: " + params + "}")
                                .push("{event: 'my_checkout', ecommerce: " + params + "}"),
                        expect("/ecommerce/items/0/qty")
                                .withMessage("items[0].qty is not a GA4 parameter, so GA4 keeps it as a custom one"
                                        + " and quantity stays empty; did you mean quantity?"),
                        expect("/ecommerce/shiping")
                                .withMessage("shiping is not a GA4 parameter, so GA4 keeps it as a custom one and"
                                        + " shipping stays empty; did you mean shipping?"));
    }

    @Test
    void placeholdersAreErrorsInIdentifiersAndMoneyAndWarningsElsewhere() {
        String purchase =
                ("{event: 'purchase', ecommerce: {transaction_id: '{{Transaction ID}}', value: 'NaN', coupon: 'null',"
                        + " items: [{item_id: 'undefined', item_name: '[object Object]', item_brand: '<brand>'}]},"
                        + " 'gtm.element': 'null'}");
        TestPushes recording = recording().push(purchase);
        RuleTester.forRule(new PlaceholderValueRule())
                .invalid(
                        recording,
                        expect("/ecommerce/items/0/item_id"),
                        expect("/ecommerce/items/0/item_name"),
                        expect("/ecommerce/transaction_id"),
                        expect("/ecommerce/value"));
        RuleTester.forRule(new PlaceholderTextRule())
                .invalid(recording, expect("/ecommerce/coupon"), expect("/ecommerce/items/0/item_brand"));
        assertThat(Placeholders.kind("{{Transaction ID}}")).isEqualTo("an unfilled GTM variable");
        assertThat(Placeholders.kind("[object Object]")).isEqualTo("a JavaScript leftover (String({}))");
        assertThat(Placeholders.kind("null-hypothesis")).isNull();
        assertThat(Placeholders.kind("a <b> tag")).isNull();
    }

    @Test
    void missingValueIsInfoOnEventsThatHaveValue() {
        RuleTester.forRule(new MissingValueRule())
                .invalid(
                        recording()
                                .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'A'}]}}")
                                .push("{event: 'select_item', ecommerce: {items: [{item_id: 'A'}]}}")
                                .push("{event: 'refund', ecommerce: {transaction_id: 'T1'}}")
                                .push("{event: 'view_item', ecommerce: {value: 1, items: [{item_id: 'A'}]}}"),
                        expect("/ecommerce/value").atPush(0));
    }
}
