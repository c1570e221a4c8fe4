package dev.datalayerlint.core.rules;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * GA4's ecommerce vocabulary as its reference documents it ("Recommended events" and "Measure ecommerce",
 * developers.google.com/analytics/devguides/collection/ga4/reference/events and …/ga4/ecommerce): the event names,
 * which of them carry a {@code value}, and the standard event and item parameter names. GA4 event and parameter
 * names are case-sensitive, so a near miss of one of these is a different, custom name whose data GA4 does not use
 * for ecommerce reports; the rules that catch near misses compare against these sets.
 */
public final class Ga4Vocabulary {

    /** The 14 ecommerce events of "Measure ecommerce". */
    static final Set<String> ECOMMERCE_EVENTS = Set.of(
            "view_item_list",
            "select_item",
            "view_item",
            "add_to_cart",
            "remove_from_cart",
            "view_cart",
            "add_to_wishlist",
            "begin_checkout",
            "add_shipping_info",
            "add_payment_info",
            "purchase",
            "refund",
            "view_promotion",
            "select_promotion");

    /**
     * The ecommerce events whose parameter table has {@code value} ("The monetary value of the event … value is
     * typically required for meaningful reporting"); {@code view_item_list}, {@code select_item} and the promotion
     * events have none.
     */
    static final Set<String> EVENTS_WITH_VALUE = ECOMMERCE_EVENTS.stream()
            .filter(event -> !Set.of("view_item_list", "select_item", "view_promotion", "select_promotion")
                    .contains(event))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Event-level parameters of the ecommerce events' tables: what a push carries in {@code ecommerce} (and what a
     * GA4 hit's parameters are put back into when it is decoded).
     */
    public static final Set<String> EVENT_PARAMETERS = Set.of(
            "currency",
            "value",
            "transaction_id",
            "tax",
            "shipping",
            "affiliation",
            "coupon",
            "customer_type",
            "payment_type",
            "shipping_tier",
            "item_list_id",
            "item_list_name",
            "creative_name",
            "creative_slot",
            "promotion_id",
            "promotion_name",
            "items");

    /** The parameters of GA4's item table; any other key of an item is a custom item-scoped parameter. */
    static final Set<String> ITEM_PARAMETERS = Set.of(
            "item_id",
            "item_name",
            "affiliation",
            "coupon",
            "creative_name",
            "creative_slot",
            "discount",
            "index",
            "item_brand",
            "item_category",
            "item_category2",
            "item_category3",
            "item_category4",
            "item_category5",
            "item_list_id",
            "item_list_name",
            "item_variant",
            "location_id",
            "price",
            "promotion_id",
            "promotion_name",
            "quantity");

    private Ga4Vocabulary() {}
}
