package dev.datalayerlint.core.rules;

import static dev.datalayerlint.core.TestPushes.recording;
import static dev.datalayerlint.core.rules.RuleHarness.CLEAR;
import static dev.datalayerlint.core.rules.RuleHarness.PURCHASE_T1;
import static dev.datalayerlint.core.rules.RuleHarness.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.rules.RuleHarness.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleEcommerceDataRuleTest {

    private static List<Found> run(TestPushes recording) {
        return RuleHarness.run(new StaleEcommerceDataRule(), recording);
    }

    @Test
    void purchaseItemsLeftForAFullRefundAreReported() {
        List<Found> found = run(recording().push(PURCHASE_T1).push(refund("currency: 'USD', value: 50.00")));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(1, "/ecommerce/items"));
        assertThat(found.get(0).message())
                .isEqualTo("ecommerce.items is in the data model, left by push 0 (purchase), but was not sent by this"
                        + " refund push: tags reading the data model send it with this event");
    }

    @Test
    void clearedModelHoldsOnlyWhatWasSent() {
        assertThat(run(recording().push(PURCHASE_T1).push(CLEAR).push(refund("currency: 'USD'"))))
                .isEmpty();
    }

    @Test
    void everyKeyNotSentIsReportedOnItsOwn() {
        assertThat(run(recording().push(PURCHASE_T1).push(refund(""))))
                .extracting(Found::pointer)
                .containsExactlyInAnyOrder("/ecommerce/currency", "/ecommerce/value", "/ecommerce/items");
    }

    @Test
    void pastTenUnsentKeysOfAnObjectTheRestAreCountedInOneFinding() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            keys.append("k").append(i).append(": ").append(i).append(", ");
        }
        List<Found> found = run(recording()
                .push("{event: 'view_item', ecommerce: {" + keys + "currency: 'USD'}}")
                .push("{event: 'view_item', ecommerce: {currency: 'EUR'}}"));

        assertThat(found).hasSize(StaleEcommerceDataRule.LISTED_PER_OBJECT + 1);
        assertThat(found.get(found.size() - 1))
                .extracting(Found::pointer, Found::message)
                .containsExactly(
                        "/ecommerce",
                        "ecommerce holds 15 more key(s) in the data model that this view_item push did not send, not"
                                + " examined one by one (only the first 10 are; any that were cleared to null or"
                                + " undefined are not stale): tags reading the data model send the others with this"
                                + " event");
    }

    @Test
    void extraArrayElementsAreReportedOnceAtTheFirst() {
        List<Found> found = run(recording()
                .push("{event: 'view_item_list', ecommerce: {items: [{item_id: 'A'}, {item_id: 'B'}, {item_id: 'C'}]}}")
                .push("{event: 'view_item_list', ecommerce: {items: [{item_id: 'D'}]}}"));

        assertThat(found).extracting(Found::push, Found::pointer).containsExactly(tuple(1, "/ecommerce/items/1"));
        assertThat(found.get(0).message()).startsWith("ecommerce.items[1] and the 1 element(s) after it is in");
    }

    @Test
    void keysInsideMergedItemsAreReported() {
        List<Found> found = run(recording()
                .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'A', price: 9.99}]}}")
                .push("{event: 'add_to_cart', ecommerce: {items: [{item_id: 'B'}]}}"));

        assertThat(found).extracting(Found::pointer).containsExactly("/ecommerce/items/0/price");
        assertThat(found.get(0).message()).contains("ecommerce.items[0].price").contains("push 0 (add_to_cart)");
    }

    @Test
    void namesThePushThatLeftTheValueEvenWithoutAnEvent() {
        List<Found> found = run(recording()
                .push("{ecommerce: {coupon: 'SPRING'}}")
                .push("{event: 'view_cart', ecommerce: {currency: 'USD'}}"));

        assertThat(found).extracting(Found::pointer).containsExactly("/ecommerce/coupon");
        assertThat(found.get(0).message()).contains("left by push 0,");
    }

    @Test
    void namesTheLatestWriterAfterACommandPush() {
        List<Found> found = run(recording()
                .push("{event: 'view_cart', ecommerce: {items: [{item_id: 'A'}]}}")
                .push("['ecommerce.items.push', {item_id: 'B'}]")
                .push("{event: 'begin_checkout', ecommerce: {currency: 'USD'}}"));

        assertThat(found).extracting(Found::pointer).containsExactly("/ecommerce/items");
        assertThat(found.get(0).message()).contains("left by push 1,");
    }

    @Test
    void whatThePushWroteThroughADottedKeyIsNotStale() {
        assertThat(run(recording().push("{event: 'purchase', 'ecommerce.coupon': 'X', ecommerce: {value: 1}}")))
                .isEmpty();
    }

    @Test
    void clearedKeysAreNotStale() {
        assertThat(run(recording()
                        .push("{ecommerce: {coupon: 'X', affiliation: 'shop'}}")
                        .push("{ecommerce: {coupon: '<undefined>', affiliation: null}}")
                        .push("{event: 'view_cart', ecommerce: {currency: 'USD'}}")))
                .isEmpty();
    }
}
