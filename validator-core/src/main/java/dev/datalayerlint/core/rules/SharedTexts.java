package dev.datalayerlint.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a recording repeats across its orders (item ids and names, currency codes), each kept once and numbered,
 * so an order refers to its catalogue by small numbers. One per recording, never shared between threads; unlike
 * {@link String#intern()} it takes no global lock and is released with the recording.
 */
final class SharedTexts {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** The one copy of {@code text} this recording keeps (null stays null). */
    String shared(String text) {
        return text == null ? null : texts.get(number(text));
    }

    /** The number of {@code text}, given on its first use. */
    int number(String text) {
        Integer known = numbers.get(text);
        if (known != null) {
            return known;
        }
        int next = texts.size();
        texts.add(text);
        numbers.put(text, next);
        return next;
    }

    /** The text numbered {@code number}. */
    String text(int number) {
        return texts.get(number);
    }
}
