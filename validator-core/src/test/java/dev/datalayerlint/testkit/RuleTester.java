package dev.datalayerlint.testkit;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tests rules through the real per-recording linter, as ESLint's {@code RuleTester} and Spotless' {@code StepHarness}
 * do: each case is linted by a {@link LintProfile} (the shipped one unless {@link #withProfile} names another), and
 * only the findings of the rules under test are compared. A rule test therefore sees exactly what a user sees: the
 * rule's configured severity, GTM's data model replayed by the linter, the push indexes and pointers the linter
 * stamps. Nothing here re-implements the linter's loop, so a test cannot pass on a path the tool never takes.
 *
 * <pre>{@code
 * RuleTester.forRule(new MissingEcommerceClearRule())
 *         .valid("[{\"event\": \"purchase\", \"ecommerce\": {}}]")
 *         .invalid(
 *                 Recording.json("[{\"ecommerce\": {}}, {\"event\": \"refund\", \"ecommerce\": {}}]"),
 *                 RuleTester.expect("/ecommerce", "without a dataLayer.push({ecommerce: null})").atPush(1));
 * }</pre>
 *
 * Each {@code valid}/{@code invalid} call lints and asserts at once, throwing an {@link AssertionError} that lists the
 * findings the case gave. A case whose recording cannot be read (an {@code input.*} finding of a rule not under test)
 * fails too, so a typo in a case never passes as "valid".
 */
public final class RuleTester {

    private static final String CASE_NAME = "rule-test";

    private final Set<String> ruleIds;
    private final LintProfile profile;

    private RuleTester(Set<String> ruleIds, LintProfile profile) {
        this.ruleIds = Set.copyOf(ruleIds);
        this.profile = profile;
    }

    /** A tester of one rule, which must be the one registered in the catalog under its id. */
    public static RuleTester forRule(Rule rule) {
        return forRules(List.of(rule));
    }

    /** A tester of the rule with {@code descriptor}'s id (an input rule, a schema family or a recording rule). */
    public static RuleTester forRule(RuleDescriptor descriptor) {
        return new RuleTester(Set.of(registered(descriptor.id())), LintProfile.defaults());
    }

    /** A tester of several rules at once: a scenario that crosses them, such as a refund flow. */
    public static RuleTester forRules(Collection<? extends Rule> rules) {
        Set<String> ids = new LinkedHashSet<>();
        for (Rule rule : rules) {
            String id = registered(rule.descriptor().id());
            boolean sameClass = RuleCatalog.builtIn().recordingRules().stream()
                    .anyMatch(r -> r.descriptor().id().equals(id) && r.getClass() == rule.getClass());
            if (!sameClass) {
                throw new IllegalArgumentException("the catalog holds another rule than "
                        + rule.getClass().getName() + " under '" + id + "'; register it in RecordingRules");
            }
            ids.add(id);
        }
        return new RuleTester(ids, LintProfile.defaults());
    }

    /** This tester linting with {@code profile}: project contracts, a rule configuration, other limits. */
    public RuleTester withProfile(LintProfile profile) {
        return new RuleTester(ruleIds, Objects.requireNonNull(profile));
    }

    /** Any finding of the rule under test. */
    public static ExpectedFinding anyFinding() {
        return new ExpectedFinding(null, null, null, null, null);
    }

    /** A finding at {@code pointer} ({@code ""} for the whole push or file). */
    public static ExpectedFinding expect(String pointer) {
        return new ExpectedFinding(Objects.requireNonNull(pointer), null, null, null, null);
    }

    /** A finding at {@code pointer} whose message contains {@code messagePart}. */
    public static ExpectedFinding expect(String pointer, String messagePart) {
        return expect(pointer).withMessageContaining(messagePart);
    }

    /** Asserts that the JSON recording {@code json} gives no finding of the rules under test. */
    public RuleTester valid(String json) {
        return valid(Recording.json(json));
    }

    /** Asserts that {@code recording} gives no finding of the rules under test. */
    public RuleTester valid(Recording recording) {
        List<Finding> found = findings(recording);
        if (!found.isEmpty()) {
            throw new AssertionError("expected no finding of " + rules() + ", got:" + list(found));
        }
        return this;
    }

    /** Asserts that the JSON recording {@code json} gives exactly the expected findings, in report order. */
    public RuleTester invalid(String json, ExpectedFinding first, ExpectedFinding... more) {
        return invalid(Recording.json(json), first, more);
    }

    /**
     * Asserts that {@code recording} gives exactly as many findings of the rules under test as expected, each matching
     * its expectation in report order (by line, push, pointer, then rule id).
     */
    public RuleTester invalid(Recording recording, ExpectedFinding first, ExpectedFinding... more) {
        List<ExpectedFinding> expected = new ArrayList<>();
        expected.add(first);
        expected.addAll(List.of(more));
        List<Finding> found = findings(recording);
        if (found.size() != expected.size()) {
            throw new AssertionError("expected " + expected.size() + " finding(s) of " + rules() + ", got "
                    + found.size() + ":" + list(found) + "\nexpected:" + list(expected));
        }
        for (int i = 0; i < found.size(); i++) {
            List<String> differences = expected.get(i).differences(found.get(i));
            if (!differences.isEmpty()) {
                throw new AssertionError("finding " + (i + 1) + " of " + found.size() + " is not the expected "
                        + expected.get(i) + ": " + String.join("; ", differences) + "\ngot:" + list(found));
            }
        }
        return this;
    }

    /**
     * The findings of the rules under test for {@code recording}, suppressed ones included, in report order: for a
     * test that asserts something the fluent cases cannot say (severities, several rules at once).
     */
    public List<Finding> findings(Recording recording) {
        RecordingResult result = recording.lintWith(profile, CASE_NAME);
        List<Finding> unreadable = result.findings().stream()
                .filter(f -> !ruleIds.contains(f.ruleId()) && isInputRule(f.ruleId()))
                .toList();
        if (!unreadable.isEmpty()) {
            throw new AssertionError("the case's recording could not be read as written:" + list(unreadable));
        }
        return result.findings().stream()
                .filter(f -> ruleIds.contains(f.ruleId()))
                .toList();
    }

    private static boolean isInputRule(String id) {
        return InputRules.DESCRIPTORS.stream().anyMatch(d -> d.id().equals(id));
    }

    private static String registered(String id) {
        if (RuleCatalog.builtIn().find(id).isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + id + "' is not in the rule catalog, so the linter never runs it; register it first");
        }
        return id;
    }

    private String rules() {
        return ruleIds.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String list(List<?> items) {
        return items.isEmpty()
                ? " none"
                : items.stream().map(item -> "\n  " + item).collect(Collectors.joining());
    }
}
