package dev.datalayerlint.core.values;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a comment says when it is a suppression directive: the one grammar of the JavaScript comments of recordings
 * and the HTML comments of spec pages (docs/configuration.md), {@code datalayer-lint-disable-next-line RULE, RULE --
 * reason}. No rule means every rule; rule ids are separated by commas or white space; text after {@code --} is a
 * reason and names no rule. Each reader places the directive by its own comment's position.
 *
 * @param kind what the directive covers
 * @param rules the rule ids it names, in the order written, without repeats; empty for every rule
 */
public record SuppressionDirective(Kind kind, Set<String> rules) {

    /** The four directives. */
    public enum Kind {
        /** Covers the line after the comment. */
        DISABLE_NEXT_LINE,
        /** Covers the comment's own line. */
        DISABLE_LINE,
        /** Covers what follows, up to a matching {@link #ENABLE}. */
        DISABLE,
        /** Ends a {@link #DISABLE}. */
        ENABLE
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^datalayer-lint-(disable-next-line|disable-line|disable|enable)(?:\\s+(.*))?$", Pattern.DOTALL);

    public SuppressionDirective {
        rules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rules));
    }

    /** The directive {@code commentText} (a comment's text, without its delimiters) is, if it is one. */
    public static Optional<SuppressionDirective> parse(String commentText) {
        Matcher m = DIRECTIVE.matcher(commentText.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = switch (m.group(1)) {
            case "disable-next-line" -> Kind.DISABLE_NEXT_LINE;
            case "disable-line" -> Kind.DISABLE_LINE;
            case "disable" -> Kind.DISABLE;
            default -> Kind.ENABLE;
        };
        return Optional.of(new SuppressionDirective(kind, rules(m.group(2))));
    }

    private static Set<String> rules(String list) {
        if (list == null) {
            return Set.of();
        }
        int reason = list.indexOf("--");
        String ids = reason < 0 ? list : list.substring(0, reason);
        Set<String> rules = new LinkedHashSet<>();
        Arrays.stream(ids.split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(rules::add);
        return rules;
    }
}
