package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.SuppressionDirective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inline suppressions of a JavaScript recording, from its comments (as ESLint's directive comments):
 *
 * <ul>
 *   <li>{@code // datalayer-lint-disable-next-line RULE, RULE} covers the line after the comment;
 *   <li>{@code // datalayer-lint-disable-line RULE} covers the comment's own line;
 *   <li>{@code /* datalayer-lint-disable RULE *}{@code /} covers everything after it up to a matching
 *       {@code /* datalayer-lint-enable RULE *}{@code /}, or to the end of the file.
 * </ul>
 *
 * No rule means every rule; text after {@code --} is a reason and ignored. Either comment style works for every
 * directive. A covered finding is kept, marked {@linkplain Finding#suppressed() suppressed}, so nothing disappears
 * silently. Findings without a line (a problem of the whole file) are never covered, nor are the sandbox's verdicts
 * on the script ({@link InputRules#NOT_SUPPRESSIBLE_IN_SOURCE}).
 */
final class Suppressions {

    static final Suppressions NONE = new Suppressions(List.of());

    private static final String MARK = "datalayer-lint-";

    enum Kind {
        DISABLE,
        ENABLE,
        LINE
    }

    /**
     * One directive. For {@link Kind#LINE}, {@code line} is the covered line; otherwise the directive takes effect at
     * {@code line}:{@code column} (just after its comment).
     *
     * @param rules the rule ids, empty for all
     */
    record Directive(Kind kind, Set<String> rules, int line, int column) {}

    /** The rule ids one directive comment names, at the comment's start: for telling a mistyped id. */
    record Mention(Set<String> rules, int line, int column) {}

    private final List<Directive> directives;
    private final List<Mention> mentions;
    /** The rule ids each directive has suppressed a finding of, by identity: for unused directives. */
    private final Map<Directive, Set<String>> used = new IdentityHashMap<>();

    /** Key of {@link #ranges} for directives that name no rule, so cover every rule (no rule id is empty). */
    private static final String ALL = "";

    private static final Comparator<Directive> AT =
            Comparator.comparingInt(Directive::line).thenComparingInt(Directive::column);

    /** The disable and enable directives by the rule they name ({@link #ALL} for none), in source order. */
    private final Map<String, List<Directive>> ranges = new HashMap<>();
    /** The line directives by the line they cover. */
    private final Map<Integer, List<Directive>> byLine = new HashMap<>();

    Suppressions(List<Directive> directives) {
        this(directives, List.of());
    }

    Suppressions(List<Directive> directives, List<Mention> mentions) {
        this.directives = List.copyOf(directives);
        for (Directive d : this.directives) {
            if (d.kind() == Kind.LINE) {
                byLine.computeIfAbsent(d.line(), line -> new ArrayList<>()).add(d);
            } else if (d.rules().isEmpty()) {
                ranges.computeIfAbsent(ALL, all -> new ArrayList<>()).add(d);
            } else {
                d.rules()
                        .forEach(rule -> ranges.computeIfAbsent(rule, r -> new ArrayList<>())
                                .add(d));
            }
        }
        ranges.values().forEach(list -> list.sort(AT));
        this.mentions = List.copyOf(mentions);
    }

    /** Every rule id the directives name, where its comment starts. */
    List<Mention> mentions() {
        return mentions;
    }

    List<Directive> directives() {
        return directives;
    }

    /** The directives of a JavaScript text. */
    static Suppressions parse(String text) {
        if (!text.contains(MARK)) {
            return NONE;
        }
        List<Directive> directives = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CommentScanner.Comment comment : CommentScanner.scan(text)) {
            SuppressionDirective directive =
                    SuppressionDirective.parse(comment.text()).orElse(null);
            if (directive == null) {
                continue;
            }
            Set<String> rules = directive.rules();
            mentions.add(new Mention(new TreeSet<>(rules), comment.line(), comment.column()));
            directives.add(
                    switch (directive.kind()) {
                        case DISABLE_NEXT_LINE -> new Directive(Kind.LINE, rules, comment.endLine() + 1, 0);
                        case DISABLE_LINE -> new Directive(Kind.LINE, rules, comment.line(), 0);
                        case DISABLE -> new Directive(Kind.DISABLE, rules, comment.endLine(), comment.endColumn());
                        case ENABLE -> new Directive(Kind.ENABLE, rules, comment.endLine(), comment.endColumn());
                    });
        }
        return directives.isEmpty() ? NONE : new Suppressions(directives, mentions);
    }

    /**
     * True when a directive covers rule {@code ruleId} at {@code line}:{@code column}. A disable or enable directive
     * that names the rule, or names none, decides for it until the next such directive; so the one in force is the
     * latest of those two kinds before the position, found by binary search: cheap however many directives a
     * recording holds.
     */
    boolean covers(String ruleId, int line, int column) {
        if (line <= 0) {
            return false;
        }
        for (Directive d : byLine.getOrDefault(line, List.of())) {
            if (d.rules().isEmpty() || d.rules().contains(ruleId)) {
                markUsed(d, ruleId);
                return true;
            }
        }
        Directive named = lastBefore(ranges.getOrDefault(ruleId, List.of()), line, column);
        Directive all = lastBefore(ranges.getOrDefault(ALL, List.of()), line, column);
        Directive inForce = named == null || all != null && AT.compare(all, named) > 0 ? all : named;
        if (inForce != null && inForce.kind() == Kind.DISABLE) {
            markUsed(inForce, ruleId);
            return true;
        }
        return false;
    }

    private void markUsed(Directive directive, String ruleId) {
        used.computeIfAbsent(directive, d -> new HashSet<>()).add(ruleId);
    }

    /**
     * A disabling directive that suppressed nothing, or nothing of some rules it names.
     *
     * @param rules the rule ids it names that suppressed nothing; empty when it names none (so covers every rule)
     * @param at where its comment starts
     */
    record Unused(Set<String> rules, Mention at) {}

    /**
     * The disabling directives that have suppressed nothing so far, at their comments; rule ids {@code known} rejects
     * (reported as unknown already) are left out. Enable directives are never unused.
     */
    List<Unused> unused(java.util.function.Predicate<String> known) {
        List<Unused> unused = new ArrayList<>();
        for (int i = 0; i < directives.size() && i < mentions.size(); i++) {
            Directive d = directives.get(i);
            if (d.kind() == Kind.ENABLE) {
                continue;
            }
            Set<String> suppressed = used.getOrDefault(d, Set.of());
            if (d.rules().isEmpty()) {
                if (suppressed.isEmpty()) {
                    unused.add(new Unused(Set.of(), mentions.get(i)));
                }
                continue;
            }
            Set<String> idle = new TreeSet<>(d.rules());
            idle.removeAll(suppressed);
            idle.removeIf(rule -> !known.test(rule));
            if (!idle.isEmpty()) {
                unused.add(new Unused(idle, mentions.get(i)));
            }
        }
        return unused;
    }

    /** The last of {@code directives} (in source order) that takes effect at or before {@code line}:{@code column}. */
    private static Directive lastBefore(List<Directive> directives, int line, int column) {
        int low = 0;
        int high = directives.size() - 1;
        Directive found = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Directive d = directives.get(middle);
            if (d.line() < line || d.line() == line && d.column() <= column) {
                found = d;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /**
     * True when a directive covers {@code finding}. The sandbox's own verdicts ({@link
     * InputRules#NOT_SUPPRESSIBLE_IN_SOURCE}) are never covered: a recording cannot hide them with its own comments.
     */
    boolean suppresses(Finding finding) {
        return suppresses(finding.ruleId(), finding.location());
    }

    /** True when a directive covers a finding of rule {@code ruleId} made at {@code location}. */
    boolean suppresses(String ruleId, SourceLocation location) {
        return InputRules.suppressibleInSource(ruleId) && covers(ruleId, location.line(), location.column());
    }

    /** Whether there is no directive: then no finding is suppressed, wherever it stands. */
    boolean isEmpty() {
        return directives.isEmpty();
    }

    /** Marks the findings these directives cover as suppressed, in place. */
    void applyTo(List<Finding> findings) {
        if (directives.isEmpty()) {
            return;
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.suppressed() && suppresses(f)) {
                findings.set(i, f.suppress());
            }
        }
    }
}
