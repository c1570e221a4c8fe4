package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.rules.Ga4Vocabulary;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GA4's naming rules for the events and parameters a spec page declares ("[GA4] Event naming rules", https://support.google.com/analytics/answer/13316687; limits in
 * "[GA4] Event collection limits", https://support.google.com/analytics/answer/9267744). The ecommerce
 * events' parameter tables live in one place, {@link Ga4Vocabulary}, which the rules use too, so the two cannot drift.
 */
final class Ga4Events {

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

    private Ga4Events() {}

    /** GA4's parameter table of an ecommerce event: one vocabulary, {@link Ga4Vocabulary}, for rules and specs. */
    static Optional<Ga4Vocabulary.Event> ecommerce(String name) {
        return Ga4Vocabulary.ecommerce(name);
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
