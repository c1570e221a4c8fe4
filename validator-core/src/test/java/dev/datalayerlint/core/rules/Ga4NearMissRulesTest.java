package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.rules.RuleHarness.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules for the mistakes real pages make: near-miss names, placeholders, a missing value. */
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
        List<Found> found = RuleHarness.run(
                new MisnamedEcommerceEventRule(),
                recording()
                        .push("{event: 'Purchase'}")
                        .push("{event: 'addToCart'}")
                        .push("{event: 'add_to_basket'}")
                        .push("{event: 'purchase'}")
                        .push("{event: 'newsletter_signup'}")
                        .push("{event: 'gtm.js'}"));
        assertThat(found)
                .extracting(Found::push, Found::message)
                .containsExactly(
                        tuple(
                                0,
                                "event \"Purchase\" is not a GA4 ecommerce event: GA4 event names are case-sensitive,"
                                        + " so it is a custom event and its ecommerce data is lost; did you mean"
                                        + " \"purchase\"?"),
                        tuple(
                                1,
                                "event \"addToCart\" is not a GA4 ecommerce event: GA4 event names are"
                                        + " case-sensitive, so it is a custom event and its ecommerce data is lost; did"
                                        + " you mean \"add_to_cart\"?"),
                        tuple(
                                2,
                                "event \"add_to_basket\" is not a GA4 ecommerce event: GA4 event names are"
                                        + " case-sensitive, so it is a custom event and its ecommerce data is lost; did"
                                        + " you mean \"add_to_cart\"?"));
    }

    @Test
    void misspelledParametersOnlyOnGa4EcommerceEvents() {
        String params = "{transaction_id: 'T1', shiping: 1, items: [{item_id: 'A', qty: 3}]}";
        assertThat(RuleHarness.run(
                        new MisspelledParameterRule(),
                        recording()
                                .push("{event: 'purchase', ecommerce: " + params + "}")
                                .push("{event: 'my_checkout', ecommerce: " + params + "}")))
                .extracting(Found::pointer, Found::message)
                .containsExactly(
                        tuple(
                                "/ecommerce/shiping",
                                "shiping is not a GA4 parameter, so GA4 keeps it as a custom one and shipping stays"
                                        + " empty; did you mean shipping?"),
                        tuple(
                                "/ecommerce/items/0/qty",
                                "items[0].qty is not a GA4 parameter, so GA4 keeps it as a custom one and quantity"
                                        + " stays empty; did you mean quantity?"));
    }

    @Test
    void placeholdersAreErrorsInIdentifiersAndMoneyAndWarningsElsewhere() {
        String purchase =
                ("{event: 'purchase', ecommerce: {transaction_id: '{{Transaction ID}}', value: 'NaN', coupon: 'null',"
                        + " items: [{item_id: 'undefined', item_name: '[object Object]', item_brand: '<brand>'}]},"
                        + " 'gtm.element': 'null'}");
        assertThat(RuleHarness.run(new PlaceholderValueRule(), recording().push(purchase)))
                .extracting(Found::pointer)
                .containsExactly(
                        "/ecommerce/transaction_id",
                        "/ecommerce/value",
                        "/ecommerce/items/0/item_id",
                        "/ecommerce/items/0/item_name");
        assertThat(RuleHarness.run(new PlaceholderTextRule(), recording().push(purchase)))
                .extracting(Found::pointer)
                .containsExactly("/ecommerce/coupon", "/ecommerce/items/0/item_brand");
        assertThat(Placeholders.kind("{{Transaction ID}}")).isEqualTo("an unfilled GTM variable");
        assertThat(Placeholders.kind("[object Object]")).isEqualTo("a JavaScript leftover (String({}))");
        assertThat(Placeholders.kind("null-hypothesis")).isNull();
        assertThat(Placeholders.kind("a <b> tag")).isNull();
    }

    @Test
    void missingValueIsInfoOnEventsThatHaveValue() {
        assertThat(RuleHarness.run(
                        new MissingValueRule(),
                        recording()
                                .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'A'}]}}")
                                .push("{event: 'select_item', ecommerce: {items: [{item_id: 'A'}]}}")
                                .push("{event: 'refund', ecommerce: {transaction_id: 'T1'}}")
                                .push("{event: 'view_item', ecommerce: {value: 1, items: [{item_id: 'A'}]}}")))
                .extracting(Found::push, Found::pointer)
                .containsExactly(tuple(0, "/ecommerce/value"));
    }
}
