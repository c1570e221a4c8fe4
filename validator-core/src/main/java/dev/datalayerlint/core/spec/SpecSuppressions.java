package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.values.SuppressionDirective;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inline suppressions of a spec page, from its HTML comments, with the directives of JavaScript recordings
 * (docs/configuration.md) in Markdown's comment syntax:
 *
 * <ul>
 *   <li>{@code <!-- datalayer-lint-disable-next-line RULE, RULE -->} covers the line after the comment;
 *   <li>{@code <!-- datalayer-lint-disable-line RULE -->} covers the comment's own line (a comment may stand in a
 *       table cell, so it covers that row);
 *   <li>{@code <!-- datalayer-lint-disable RULE -->} covers everything after it up to a matching
 *       {@code <!-- datalayer-lint-enable RULE -->}, or to the end of the page.
 * </ul>
 *
 * No rule means every rule; text after {@code --} ends the list (a reason). A covered finding is kept, marked
 * suppressed, as in recordings. A page is short, so the directive in force is found by a plain scan.
 */
public final class SpecSuppressions {

    static final SpecSuppressions NONE = new SpecSuppressions(List.of());

    /** One HTML comment of a page: its text between {@code <!--} and {@code -->}, where it starts and ends. */
    public record Comment(String text, int line, int column, int endLine, int endColumn) {}

    private enum Kind {
        DISABLE,
        ENABLE,
        LINE
    }

    /** A parsed directive; for {@code LINE}, {@code line} is the covered line. */
    private record Directive(Kind kind, Set<String> rules, int line, int column, Comment comment) {

        boolean names(String ruleId) {
            return rules.isEmpty() || rules.contains(ruleId);
        }

        boolean before(int atLine, int atColumn) {
            return line < atLine || line == atLine && column <= atColumn;
        }
    }

    private final List<Directive> directives;

    private SpecSuppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
    }

    static SpecSuppressions of(List<Comment> comments) {
        List<Directive> directives = new ArrayList<>();
        for (Comment comment : comments) {
            SuppressionDirective directive =
                    SuppressionDirective.parse(comment.text()).orElse(null);
            if (directive == null) {
                continue;
            }
            Set<String> rules = directive.rules();
            directives.add(
                    switch (directive.kind()) {
                        case DISABLE_NEXT_LINE -> new Directive(Kind.LINE, rules, comment.endLine() + 1, 0, comment);
                        case DISABLE_LINE -> new Directive(Kind.LINE, rules, comment.line(), 0, comment);
                        case DISABLE ->
                            new Directive(Kind.DISABLE, rules, comment.endLine(), comment.endColumn(), comment);
                        case ENABLE ->
                            new Directive(Kind.ENABLE, rules, comment.endLine(), comment.endColumn(), comment);
                    });
        }
        return directives.isEmpty() ? NONE : new SpecSuppressions(directives);
    }

    /** True when a directive covers rule {@code ruleId} at {@code line}:{@code column} of the page. */
    boolean covers(String ruleId, int line, int column) {
        if (line <= 0) {
            return false;
        }
        Directive inForce = null;
        for (Directive d : directives) {
            if (!d.names(ruleId)) {
                continue;
            }
            if (d.kind() == Kind.LINE) {
                if (d.line() == line) {
                    return true;
                }
            } else if (d.before(line, column)) {
                inForce = d; // directives are in page order: the last one before the finding decides
            }
        }
        return inForce != null && inForce.kind() == Kind.DISABLE;
    }

    /** Every rule id a directive names that {@code known} does not hold, with the comment that names it. */
    List<Unknown> unknown(Set<String> known) {
        List<Unknown> unknown = new ArrayList<>();
        for (Directive d : directives) {
            d.rules().stream()
                    .filter(rule -> !known.contains(rule))
                    .forEach(rule -> unknown.add(
                            new Unknown(rule, d.comment().line(), d.comment().column())));
        }
        return unknown;
    }

    /** A rule id a directive names that no spec rule has. */
    record Unknown(String rule, int line, int column) {}
}
