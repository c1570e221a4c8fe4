package dev.datalayerlint.core.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GA4's ecommerce vocabulary as its reference documents it ("Recommended events" and "Measure ecommerce",
 * developers.google.com/analytics/devguides/collection/ga4/reference/events and …/ga4/ecommerce): the event names,
 * which of them carry a {@code value}, and the standard event and item parameter names. GA4 event and parameter
 * names are case-sensitive, so a near miss of one of these is a different, custom name whose data GA4 does not use
 * for ecommerce reports; the rules that catch near misses compare against these sets. It is the one copy of these
 * tables: the spec checks ({@code spec lint}) read it too, and {@code Ga4VocabularyContractsTest} fails when it and
 * the shipped {@code ga4/*} contracts disagree.
 */
public final class Ga4Vocabulary {

    /**
     * One ecommerce event's row in GA4's reference: the event-level parameters of its table and the ones the table
     * marks required ("Yes"; {@code currency} and {@code value}, marked "Yes*", are required only together and are
     * left to the contracts' {@code dependentRequired}).
     */
    public record Event(Set<String> parameters, Set<String> required) {
        public Event {
            parameters = Set.copyOf(parameters);
            required = Set.copyOf(required);
        }
    }

    private static final Set<String> CART = Set.of("currency", "value", "items");

    private static final Set<String> PROMOTION =
            Set.of("creative_name", "creative_slot", "promotion_id", "promotion_name", "items");

    /**
     * The 14 ecommerce events of "Measure ecommerce" and their parameter tables in "Recommended events". {@code
     * affiliation} is kept on purchase and refund as the Firebase {@code PURCHASE}/{@code REFUND} events document it.
     * GA4's tables for {@code select_item}, {@code view_promotion} and {@code select_promotion} have no {@code
     * currency} (nor {@code value}); {@code view_item_list} keeps {@code currency} as issue 12 reports GA4 lists it.
     */
    private static final Map<String, Event> EVENTS = Map.ofEntries(
            Map.entry(
                    "add_payment_info", event(Set.of("currency", "value", "coupon", "payment_type", "items"), "items")),
            Map.entry(
                    "add_shipping_info",
                    event(Set.of("currency", "value", "coupon", "shipping_tier", "items"), "items")),
            Map.entry("add_to_cart", event(CART, "items")),
            Map.entry("add_to_wishlist", event(CART, "items")),
            Map.entry("begin_checkout", event(Set.of("currency", "value", "coupon", "items"), "items")),
            Map.entry(
                    "purchase",
                    event(
                            Set.of(
                                    "currency",
                                    "value",
                                    "customer_type",
                                    "transaction_id",
                                    "coupon",
                                    "shipping",
                                    "tax",
                                    "affiliation",
                                    "items"),
                            "transaction_id",
                            "items")),
            Map.entry(
                    "refund",
                    event(
                            Set.of(
                                    "currency",
                                    "transaction_id",
                                    "value",
                                    "coupon",
                                    "shipping",
                                    "tax",
                                    "affiliation",
                                    "items"),
                            "transaction_id")),
            Map.entry("remove_from_cart", event(CART, "items")),
            Map.entry("select_item", event(Set.of("item_list_id", "item_list_name", "items"), "items")),
            Map.entry("select_promotion", event(PROMOTION)),
            Map.entry("view_cart", event(CART, "items")),
            Map.entry("view_item", event(CART, "items")),
            Map.entry("view_item_list", event(Set.of("currency", "item_list_id", "item_list_name", "items"), "items")),
            Map.entry("view_promotion", event(PROMOTION, "items")));

    /** The 14 ecommerce events of "Measure ecommerce". */
    static final Set<String> ECOMMERCE_EVENTS = Set.copyOf(EVENTS.keySet());

    /**
     * The ecommerce events whose parameter table has {@code value} ("The monetary value of the event … value is
     * typically required for meaningful reporting"); {@code view_item_list}, {@code select_item} and the promotion
     * events have none.
     */
    static final Set<String> EVENTS_WITH_VALUE = EVENTS.entrySet().stream()
            .filter(entry -> entry.getValue().parameters().contains("value"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Event-level parameters of the ecommerce events' tables: what a push carries in {@code ecommerce} (and what a
     * GA4 hit's parameters are put back into when it is decoded).
     */
    public static final Set<String> EVENT_PARAMETERS = EVENTS.values().stream()
            .flatMap(event -> event.parameters().stream())
            .collect(Collectors.toUnmodifiableSet());

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

    private static Event event(Set<String> parameters, String... required) {
        return new Event(parameters, Set.of(required));
    }

    /** GA4's parameter table of the ecommerce event {@code name}, or empty when it is not one of the 14. */
    public static Optional<Event> ecommerce(String name) {
        return Optional.ofNullable(EVENTS.get(name));
    }
}
