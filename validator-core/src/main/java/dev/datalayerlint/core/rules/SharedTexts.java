package dev.datalayerlint.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a recording repeats across its orders (item ids and names, currency codes), each kept once and numbered,
 * so an order refers to its catalogue by small numbers; and the (item id, item name) pairs its lines repeat, numbered
 * too, so a line is one small number and its quantity. One per recording, never shared between threads; unlike
 * {@link String#intern()} it takes no global lock and is released with the recording.
 */
final class SharedTexts {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** Open addressing: each slot holds a pair's key ({@link #key}) and its number + 1 (0: empty). */
    private long[] pairKeys = new long[64];

    private int[] pairSlots = new int[64];
    private int[] pairIds = new int[32];
    private int[] pairNames = new int[32];
    private int pairs;

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

    /** The number of the pair of text numbers {@code id} and {@code name} (either may be -1), given on its first use. */
    int pair(int id, int name) {
        long key = key(id, name);
        int mask = pairSlots.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (pairSlots[i] == 0) {
                return addPair(id, name);
            }
            if (pairKeys[i] == key) {
                return pairSlots[i] - 1;
            }
        }
    }

    /** The first text number of pair {@code pair}. */
    int pairId(int pair) {
        return pairIds[pair];
    }

    /** The second text number of pair {@code pair}. */
    int pairName(int pair) {
        return pairNames[pair];
    }

    private int addPair(int id, int name) {
        if (pairs == pairIds.length) {
            pairIds = Arrays.copyOf(pairIds, pairs * 2);
            pairNames = Arrays.copyOf(pairNames, pairs * 2);
        }
        pairIds[pairs] = id;
        pairNames[pairs] = name;
        pairs++;
        if (2 * pairs > pairSlots.length) {
            pairKeys = new long[pairSlots.length * 2];
            pairSlots = new int[pairKeys.length];
            for (int pair = 0; pair < pairs; pair++) {
                place(pair);
            }
        } else {
            place(pairs - 1);
        }
        return pairs - 1;
    }

    private void place(int pair) {
        long key = key(pairIds[pair], pairNames[pair]);
        int mask = pairSlots.length - 1;
        int i = slot(key, mask);
        while (pairSlots[i] != 0) {
            i = (i + 1) & mask;
        }
        pairKeys[i] = key;
        pairSlots[i] = pair + 1;
    }

    private static long key(int id, int name) {
        return (long) id << 32 | name & 0xFFFFFFFFL;
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ mixed >>> 32) & mask;
    }
}
