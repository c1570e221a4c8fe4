package dev.datalayerlint.core.contract.compiled;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code pattern}, compiled once and matched the way networknt's default (JDK) regular expressions do: unanchored
 * ({@code find}, so {@code "[0-9]"} accepts {@code "a1"}), with a final {@code $} meaning the very end of the text
 * ({@code \z}, as in ECMA-262, not Java's "before a final line break"). Patterns whose translation networknt does
 * differently or in more places ({@code $} elsewhere, {@code \p{Letter}}-style names, {@code \Q…\E}) are refused.
 * Each thread reuses one matcher per pattern, so matching allocates nothing.
 */
final class PatternMatch {

    private final String source;
    private final ThreadLocal<Matcher> matchers;

    private PatternMatch(String source, Pattern pattern) {
        this.source = source;
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    static PatternMatch of(String regex) {
        String translated = regex;
        int dollar = regex.indexOf('$');
        if (dollar >= 0) {
            if (dollar != regex.length() - 1 || escaped(regex, dollar)) {
                throw new Unsupported("pattern with $ before its end: " + regex);
            }
            translated = regex.substring(0, dollar) + "\\z";
        }
        if (regex.contains("\\p{") || regex.contains("\\P{") || regex.contains("\\Q")) {
            throw new Unsupported("pattern with character property names or quoting: " + regex);
        }
        try {
            return new PatternMatch(regex, Pattern.compile(translated));
        } catch (PatternSyntaxException e) {
            throw new Unsupported("pattern the JDK cannot compile: " + regex);
        }
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    boolean foundIn(String text) {
        return matchers.get().reset(text).find();
    }

    @Override
    public String toString() {
        return source;
    }
}
