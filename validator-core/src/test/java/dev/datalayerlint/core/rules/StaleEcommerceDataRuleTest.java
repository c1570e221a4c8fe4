package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RulePushes.CLEAR;
import static dev.datalayerlint.core.rules.RulePushes.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RulePushes.refund;
import static dev.datalayerlint.testkit.RuleTester.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.testkit.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleEcommerceDataRuleTest {

    private static final RuleTester RULE = RuleTester.forRule(new StaleEcommerceDataRule());

    @Test
    void purchaseItemsLeftForAFullRefundAreReported() {
        RULE.invalid(
                recording().push(PURCHASE_T1).push(refund("currency: 'USD', value: 50.00")),
                expect("/ecommerce/items")
                        .atPush(1)
                        .withMessage("ecommerce.items is in the data model, left by push 0 (purchase), but was not"
                                + " sent by this refund push: tags reading the data model send it with this event"));
    }

    @Test
    void clearedModelHoldsOnlyWhatWasSent() {
        RULE.valid(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD'")));
    }

    @Test
    void everyKeyNotSentIsReportedOnItsOwn() {
        // Report order: one push, so by pointer.
        RULE.invalid(
                recording().push(PURCHASE_T1).push(refund("")),
                expect("/ecommerce/currency"),
                expect("/ecommerce/items"),
                expect("/ecommerce/value"));
    }

    @Test
    void pastTenUnsentKeysOfAnObjectTheRestAreCountedInOneFinding() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            keys.append("k").append(i).append(": ").append(i).append(", ");
        }
        List<Finding> found = RULE.findings(recording()
                .push("{event: 'view_item', ecommerce: {" + keys + "currency: 'USD'}}")
                .push("{event: 'view_item', ecommerce: {currency: 'EUR'}}"));

        assertThat(found).hasSize(StaleEcommerceDataRule.LISTED_PER_OBJECT + 1);
        assertThat(found)
                .filteredOn(f -> f.pointer().equals("/ecommerce"))
                .singleElement()
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(
                        "/ecommerce",
                        "ecommerce holds 15 more key(s) in the data model that this view_item push did not send, not"
                                + " examined one by one (only the first 10 are; any that were cleared to null or"
                                + " undefined are not stale): tags reading the data model send the others with this"
                                + " event");
    }

    @Test
    void extraArrayElementsAreReportedOnceAtTheFirst() {
        RULE.invalid(
                recording()
                        .push(
                                "{event: 'view_item_list', ecommerce: {items: [{item_id: 'A'}, {item_id: 'B'}, {item_id: 'C'}]}}")
                        .push("{event: 'view_item_list', ecommerce: {items: [{item_id: 'D'}]}}"),
                expect("/ecommerce/items/1")
                        .atPush(1)
                        .withMessageStartingWith("ecommerce.items[1] and the 1 element(s) after it is in"));
    }

    @Test
    void keysInsideMergedItemsAreReported() {
        RULE.invalid(
                recording()
                        .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'A', price: 9.99}]}}")
                        .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'B'}]}}"),
                expect("/ecommerce/items/0/price", "ecommerce.items[0].price")
                        .withMessageContaining("push 0 (add_to_cart)"));
    }

    @Test
    void namesThePushThatLeftTheValueEvenWithoutAnEvent() {
        RULE.invalid(
                recording()
                        .push("{ecommerce: {coupon: 'SPRING'}}")
                        .push("{event: 'view_cart', ecommerce: {currency: 'USD'}}"),
                expect("/ecommerce/coupon", "left by push 0,"));
    }

    @Test
    void namesTheLatestWriterAfterACommandPush() {
        RULE.invalid(
                recording()
                        .push("{event: 'view_cart', ecommerce: {items: [{item_id: 'A'}]}}")
                        .push("['ecommerce.items.push', {item_id: 'B'}]")
                        .push("{event: 'begin_checkout', ecommerce: {currency: 'USD'}}"),
                expect("/ecommerce/items", "left by push 1,"));
    }

    @Test
    void whatThePushWroteThroughADottedKeyIsNotStale() {
        RULE.valid(recording().push("{event: 'purchase', 'ecommerce.coupon': 'X', ecommerce: {value: 1}}"));
    }

    @Test
    void clearedKeysAreNotStale() {
        RULE.valid(recording()
                .push("{ecommerce: {coupon: 'X', affiliation: 'shop'}}")
                .push("{ecommerce: {coupon: '<undefined>', affiliation: null}}")
                .push("{event: 'view_cart', ecommerce: {currency: 'USD'}}"));
    }
}
