package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.values.Spelling;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the "did you mean" rules decide that a name was meant to be a GA4 name: the same letters once case, spaces,
 * hyphens and underscores are dropped ({@code addToCart}, {@code Add-To-Cart}, {@code transactionId}), or a few
 * typing slips away (optimal string alignment distance, so a swapped pair such as {@code brnad} counts once).
 */
final class NearMiss {

    private NearMiss() {}

    /** {@code add_to_cart}, {@code Add To Cart} and {@code addToCart} all become {@code addtocart}. */
    static String folded(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ' && c != '.') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * A set of GA4 names with the folded form of each, folded once: the rules ask about every push, and folding every
     * candidate again for each unknown name was a measurable share of a big capture's run.
     */
    static final class Names {
        private final Collection<String> names;
        private final Map<String, String> byFolded = new HashMap<>();

        Names(Collection<String> names) {
            this.names = names;
            for (String name : names) {
                byFolded.putIfAbsent(folded(name), name);
            }
        }

        /** The name whose folded form is {@code folded}, or null. */
        String withFolded(String folded) {
            return byFolded.get(folded);
        }

        /** The name with the same letters as {@code name} once case and separators are dropped, or null. */
        String sameLetters(String name) {
            return withFolded(folded(name));
        }

        /** {@link NearMiss#closest} among these names. */
        String closest(String name) {
            return NearMiss.closest(name, names);
        }
    }

    /**
     * The candidate at the smallest distance from {@code name}, if it is within one slip for short names and two for
     * names of six letters or more; null otherwise or when two candidates are equally close.
     */
    static String closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = lower.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= allowed && !tie ? best : null;
    }

    /** Optimal string alignment distance ({@link Spelling#distance}). */
    static int distance(String a, String b) {
        return Spelling.distance(a, b);
    }
}
