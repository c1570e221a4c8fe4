package dev.datalayerlint.core.model;

/** RFC 6901 JSON Pointer building, shared by the model, the replay renderer and the rules. */
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
}
