package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.testkit.RuleTester.anyFinding;
import static dev.datalayerlint.testkit.RuleTester.expect;

import dev.datalayerlint.testkit.RuleTester;
import org.junit.jupiter.api.Test;

class EcommerceValueMismatchRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new EcommerceValueMismatchRule());

    private static String cart(String value, String items) {
        return "{event: 'add_to_cart', ecommerce: {currency: 'USD', value: " + value + ", items: [" + items + "]}}";
    }

    @Test
    void valueThatIsNotTheItemsTotalIsReported() {
        RULE.invalid(
                recording()
                        .push(cart("45.00", "{item_id: 'A', price: 10.00, quantity: 2}, {item_id: 'B', price: 30.00}")),
                expect("/ecommerce/value")
                        .atPush(0)
                        .withMessage("value 45.00 USD differs from 50.00 USD, the sum of price × quantity over the 2"
                                + " items (shipping and tax are not part of value)"));
    }

    @Test
    void eventsWithoutValueInGa4AreNotChecked() {
        // GA4's select_item and view_item_list have no value parameter: a value there is ignored, not wrong.
        RULE.valid(recording()
                .push("{event: 'select_item', ecommerce: {value: 1, items: [{item_id: 'A', price: 9.99}]}}")
                .push("{event: 'view_item_list', ecommerce: {value: 1, items: [{item_id: 'A', price: 5}]}}"));
    }

    @Test
    void finerUnitPricesMayAddUpToAValueRoundedToTheMinorUnit() {
        // 10 × 5.4555 = 54.555 USD: a value can only say 54.56 (or 54.55), and GA4 takes the unit price as sent.
        RULE.valid(recording().push(cart("54.56", "{item_id: 'A', price: 5.4555, quantity: 10}")))
                .valid(recording().push(cart("54.55", "{item_id: 'A', price: 5.4555, quantity: 10}")))
                .invalid(
                        recording().push(cart("54.60", "{item_id: 'A', price: 5.4555, quantity: 10}")),
                        expect("/ecommerce/value"));
    }

    @Test
    void valueEqualToTheItemsTotalIsClean() {
        RULE.valid(recording().push(PURCHASE_T1));
    }

    @Test
    void arithmeticIsExactDecimal() {
        // 7.77 * 3 in doubles is 23.310000000000002; GA4 receives the decimals 7.77 and 23.31.
        RULE.valid(recording().push(cart("23.31", "{item_id: 'A', price: 7.77, quantity: 3}")))
                .invalid(
                        recording()
                                .push(cart(
                                        "0.30000000000000004",
                                        "{item_id: 'A', price: 0.1}, {item_id: 'B', price: 0.2}")),
                        anyFinding()
                                .withMessage("value 0.30000000000000004 USD differs from 0.30 USD, the sum of price ×"
                                        + " quantity over the 2 items (shipping and tax are not part of value)"));
    }

    @Test
    void quantityDefaultsToOne() {
        RULE.valid(recording().push(cart("30", "{item_id: 'B', price: 30}")))
                .invalid(recording().push(cart("60", "{item_id: 'B', price: 30}")), anyFinding());
    }

    @Test
    void shippingAndTaxAreNotPartOfValue() {
        String withExtras = "{event: 'purchase', ecommerce: {transaction_id: 'T9', value: %s, shipping: 5, tax: 3,"
                + " items: [{item_id: 'A', price: 50}]}}";
        RULE.valid(recording().push(withExtras.formatted("50")))
                .invalid(recording().push(withExtras.formatted("58")), anyFinding());
    }

    @Test
    void itemWithoutPriceOrWithANonNumericQuantitySkipsTheCheck() {
        RULE.valid(recording().push(cart("1", "{item_id: 'A', price: 10}, {item_id: 'B'}")))
                .valid(recording().push(cart("1", "{item_id: 'A', price: 10, quantity: 'many'}")));
    }

    @Test
    void numericStringsCount() {
        RULE.valid(recording().push(cart("'20.00'", "{item_id: 'A', price: '10.00', quantity: 2}")));
    }

    @Test
    void gtagEventsAreCheckedAtTheirParameters() {
        RULE.invalid(
                recording()
                        .gtag(
                                "['event', 'purchase', {transaction_id: 'T1', value: 5, items: [{item_id: 'A', price: 4}]}]"),
                expect("/2/value"));
    }

    @Test
    void eventsWithoutValueOrItemsAreNotChecked() {
        RULE.valid(recording()
                .push("{event: 'view_item_list', ecommerce: {items: [{item_id: 'A', price: 4}]}}")
                .push("{event: 'refund', ecommerce: {transaction_id: 'T1', value: 20}}"));
    }
}
