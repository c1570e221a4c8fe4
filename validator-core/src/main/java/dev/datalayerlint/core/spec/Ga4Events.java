package dev.datalayerlint.core.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GA4's recommended ecommerce events and their event-level parameters, as Google documents them in "Recommended
 * events" (https://developers.google.com/analytics/devguides/collection/ga4/reference/events?client_type=gtm), and
 * GA4's naming rules ("[GA4] Event naming rules", https://support.google.com/analytics/answer/13316687; limits in
 * "[GA4] Event collection limits", https://support.google.com/analytics/answer/9267744). {@code affiliation} is
 * kept on purchase and refund as the Firebase {@code REFUND}/{@code PURCHASE} events document it.
 */
final class Ga4Events {

    /** One event: its parameters and the ones GA4 marks required ("Yes"). */
    record Event(Set<String> parameters, Set<String> required) {}

    static final int NAME_LIMIT = 40;
    static final int VALUE_LIMIT = 100;

    /** Web event names GA4 reserves (collected automatically or by enhanced measurement). */
    static final Set<String> RESERVED_EVENTS = Set.of(
            "app_remove",
            "app_store_refund",
            "app_store_subscription_cancel",
            "app_store_subscription_renew",
            "click",
            "error",
            "file_download",
            "first_open",
            "first_visit",
            "form_start",
            "form_submit",
            "in_app_purchase",
            "page_view",
            "scroll",
            "session_start",
            "user_engagement",
            "view_complete",
            "video_progress",
            "video_start",
            "view_search_results");

    static final List<String> RESERVED_PREFIXES = List.of("_", "firebase_", "ga_", "google_", "gtag.");

    private static final Set<String> CART = Set.of("currency", "value", "items");

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
            Map.entry(
                    "select_promotion",
                    event(Set.of("creative_name", "creative_slot", "promotion_id", "promotion_name", "items"))),
            Map.entry("view_cart", event(CART, "items")),
            Map.entry("view_item", event(CART, "items")),
            // GA4's view_item_list table lists currency next to item_list_id and item_list_name (issue 12).
            Map.entry("view_item_list", event(Set.of("currency", "item_list_id", "item_list_name", "items"), "items")),
            Map.entry(
                    "view_promotion",
                    event(
                            Set.of("creative_name", "creative_slot", "promotion_id", "promotion_name", "items"),
                            "items")));

    private Ga4Events() {}

    private static Event event(Set<String> parameters, String... required) {
        return new Event(parameters, Set.of(required));
    }

    static Optional<Event> ecommerce(String name) {
        return Optional.ofNullable(EVENTS.get(name));
    }

    /** Why {@code name} is not a usable GA4 event or parameter name, or empty when it is. */
    static Optional<String> nameProblem(String name) {
        if (name.length() > NAME_LIMIT) {
            return Optional.of("is " + name.length() + " characters long; GA4 takes at most " + NAME_LIMIT);
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of("starts with the reserved prefix '" + prefix + "'");
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return Optional.of("must start with a letter");
        }
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return Optional.of("may hold only letters, digits and underscores");
            }
        }
        return Optional.empty();
    }
}
