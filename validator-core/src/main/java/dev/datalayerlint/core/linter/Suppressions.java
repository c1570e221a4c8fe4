package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^datalayer-lint-(disable-next-line|disable-line|disable|enable)(?:\\s+(.*))?$", Pattern.DOTALL);

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

    Suppressions(List<Directive> directives) {
        this(directives, List.of());
    }

    Suppressions(List<Directive> directives, List<Mention> mentions) {
        this.directives = List.copyOf(directives);
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
            Matcher m = DIRECTIVE.matcher(comment.text().strip());
            if (!m.matches()) {
                continue;
            }
            Set<String> rules = rules(m.group(2));
            mentions.add(new Mention(new TreeSet<>(rules), comment.line(), comment.column()));
            switch (m.group(1)) {
                case "disable-next-line" -> directives.add(new Directive(Kind.LINE, rules, comment.endLine() + 1, 0));
                case "disable-line" -> directives.add(new Directive(Kind.LINE, rules, comment.line(), 0));
                case "disable" ->
                    directives.add(new Directive(Kind.DISABLE, rules, comment.endLine(), comment.endColumn()));
                default -> directives.add(new Directive(Kind.ENABLE, rules, comment.endLine(), comment.endColumn()));
            }
        }
        return directives.isEmpty() ? NONE : new Suppressions(directives, mentions);
    }

    private static Set<String> rules(String list) {
        if (list == null) {
            return Set.of();
        }
        int reason = list.indexOf("--");
        String ids = reason < 0 ? list : list.substring(0, reason);
        Set<String> rules = new HashSet<>();
        Arrays.stream(ids.split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(rules::add);
        return rules;
    }

    /** True when a directive covers rule {@code ruleId} at {@code line}:{@code column}. */
    boolean covers(String ruleId, int line, int column) {
        if (line <= 0) {
            return false;
        }
        boolean allOff = false;
        Set<String> off = new HashSet<>();
        Set<String> backOn = new HashSet<>();
        for (Directive d : directives) {
            if (d.kind() == Kind.LINE) {
                if (d.line() == line && (d.rules().isEmpty() || d.rules().contains(ruleId))) {
                    return true;
                }
                continue;
            }
            if (d.line() > line || d.line() == line && d.column() > column) {
                continue; // takes effect after the finding
            }
            if (d.kind() == Kind.DISABLE) {
                if (d.rules().isEmpty()) {
                    allOff = true;
                    off.clear();
                    backOn.clear();
                } else if (allOff) {
                    backOn.removeAll(d.rules());
                } else {
                    off.addAll(d.rules());
                }
            } else if (d.rules().isEmpty()) {
                allOff = false;
                off.clear();
                backOn.clear();
            } else if (allOff) {
                backOn.addAll(d.rules());
            } else {
                off.removeAll(d.rules());
            }
        }
        return allOff ? !backOn.contains(ruleId) : off.contains(ruleId);
    }

    /** Marks the findings these directives cover as suppressed, in place. */
    void applyTo(List<Finding> findings) {
        if (directives.isEmpty()) {
            return;
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.suppressed()
                    && InputRules.suppressibleInSource(f.ruleId())
                    && covers(f.ruleId(), f.location().line(), f.location().column())) {
                findings.set(i, f.suppress());
            }
        }
    }
}
