package dev.datalayerlint.core.contract;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointer text, built and split without Jackson's pointer class leaking into messages. */
public final class Pointers {

    private Pointers() {}

    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

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

    /** The last token, which names the field in messages; "push" for the whole document. */
    public static String field(String pointer) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return "push";
        }
        String last = tokens.get(tokens.size() - 1);
        if (last.chars().allMatch(Character::isDigit) && tokens.size() > 1) {
            return tokens.get(tokens.size() - 2) + "[" + last + "]";
        }
        return last;
    }
}
