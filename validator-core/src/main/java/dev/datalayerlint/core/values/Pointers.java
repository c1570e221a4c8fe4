package dev.datalayerlint.core.values;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON pointers, the way every finding says where in a push it is: built, split and named here for the
 * model, the rules, the contract checks and the reports alike.
 */
public final class Pointers {

    private Pointers() {}

    /** One reference token escaped: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** {@code base} followed by one more token: {@code child("/ecommerce", "items")} is {@code /ecommerce/items}. */
    public static String child(String base, String token) {
        return base + "/" + escape(token);
    }

    /** {@code base} followed by an array index. */
    public static String child(String base, int index) {
        return base + "/" + index;
    }

    /** The pointer of a dotted data-layer key: {@code ecommerce.items} is {@code /ecommerce/items}. */
    public static String ofDottedKey(String dottedKey) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : JsSemantics.splitPath(dottedKey)) {
            pointer.append('/').append(escape(segment));
        }
        return pointer.toString();
    }

    /** The unescaped reference tokens of a pointer; none for {@code ""}. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The field a message names: the last token ({@code items[0]} for an index), "push" for the whole push. */
    public static String field(String pointer) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return "push";
        }
        String last = tokens.get(tokens.size() - 1);
        if (tokens.size() > 1 && !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
            return tokens.get(tokens.size() - 2) + "[" + last + "]";
        }
        return last;
    }
}
