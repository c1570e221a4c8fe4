package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.contract.SchemaRules;
import dev.datalayerlint.core.model.DataLayerModel;
import dev.datalayerlint.core.model.PushDepth;
import dev.datalayerlint.core.model.PushShape;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushContext;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingState;
import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.InOrderAhead;
import dev.datalayerlint.core.values.JsValues;
import dev.datalayerlint.core.values.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Validates one recording as its reader delivers it, push by push: contract checks, JavaScript value checks, GTM's
 * data model replayed after each push, and the rules across the recording. This is where a violation becomes a finding: the run stamps rule id, configured
 * severity, source location, push index and event, as Spectral's runner does.
 */
final class RecordingRun implements PushSink {

    /**
     * Pushes per task when the checks run ahead ({@link InOrderAhead}), tasks out at a time at most, and the nodes of
     * the pushes out at most: 2^18, about three times what 8 tasks of 256 pushes of a capture hold, and a bound on the
     * memory a recording of huge pushes takes.
     */
    private static final int CHECK_CHUNK = 256;

    private static final int CHECKS_IN_FLIGHT = 8;

    private static final long CHECK_BUDGET_NODES = 1L << 18;

    /** How deep {@link #nodes} counts; what is below counts as one node. */
    private static final int COUNTED_DEPTH = 64;

    private final ContractRouter router;
    private final RuleCatalog catalog;
    private final RuleConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private final Suppressions suppressions;
    private final FindingCap cap = new FindingCap();
    private final List<Active> checks = new ArrayList<>();
    private DataLayerModel model = new DataLayerModel();
    private RecordingState state = new RecordingState();
    private final List<String> events = new ArrayList<>();
    private final Map<String, String> eventNames = new HashMap<>();
    private final ProgressListener progress;
    private final long pushesBefore;
    private long pushes;
    private long applied;
    /** The per-push checks run ahead of the ordered stage on other threads, or null to run them in turn. */
    private final InOrderAhead<Object, Object> ahead;

    /** How a finding on a GA4 hit starts, so a reader tells it from one on the push. */
    private static final String HIT_PREFIX = "GA4 hit: ";

    /**
     * A recording rule that is on, with what it reports into: made once per run, not once per push, for the push being
     * replayed ({@link #replaying}).
     */
    private record Active(RuleDescriptor descriptor, RecordingCheck check, Consumer<Violation> reporter) {}

    /** The push whose rules are running; only the ordered stage sets and reads it. */
    private Push replaying;

    /**
     * @param progress told about every push validated
     * @param pushesBefore pushes of the run's earlier recordings, so progress gets running totals
     * @param checkExecutor where the per-push checks run ahead of the ordered stage ({@link InOrderAhead}), with the
     *     input problems read between the pushes kept in their places; null to run them on the reading thread
     */
    RecordingRun(
            ContractRouter router,
            RuleCatalog catalog,
            RuleConfig config,
            Suppressions suppressions,
            ProgressListener progress,
            long pushesBefore,
            Executor checkExecutor) {
        this.ahead = checkExecutor == null
                ? null
                : new InOrderAhead<>(
                        checkExecutor,
                        CHECK_CHUNK,
                        CHECKS_IN_FLIGHT,
                        CHECK_BUDGET_NODES,
                        pushOrProblem -> pushOrProblem instanceof Push push ? nodes(push.payload(), 0) : 1,
                        pushOrProblem -> pushOrProblem instanceof Push push ? check(push) : pushOrProblem,
                        this::apply);
        this.suppressions = suppressions;
        this.progress = progress;
        this.pushesBefore = pushesBefore;
        this.router = router;
        this.catalog = catalog;
        this.config = config;
        for (Rule rule : catalog.recordingRules()) {
            if (!config.isOff(rule.descriptor().id())) {
                String id = rule.descriptor().id();
                checks.add(new Active(rule.descriptor(), rule.start(), v -> report(id, v, replaying, null)));
            }
        }
    }

    /** Whether nothing was read into this run yet: no push, no finding. */
    boolean isEmpty() {
        drain();
        return pushes == 0 && findings.isEmpty();
    }

    /** Pushes (and GA4 hits) read so far. */
    long pushCount() {
        return pushes;
    }

    /** Findings stamped so far, in the order they were found. */
    List<Finding> findings() {
        drain();
        return findings;
    }

    /**
     * Ends the recording: a recording that gave neither a push nor a finding is {@code input.empty}; the findings a
     * rule had past {@link FindingCap#PER_RULE} become one summary finding each; findings are sorted by location.
     */
    RecordingResult finish(String name) {
        drain();
        if (pushes == 0 && findings.isEmpty()) {
            stampProblem(RecordingLinter.empty(name));
        }
        for (Suppressions.Mention mention : suppressions.mentions()) {
            List<String> unknown = mention.rules().stream()
                    .filter(rule -> catalog.find(rule).isEmpty())
                    .map(rule -> rule
                            + catalog.closest(rule)
                                    .map(id -> " (did you mean " + id + "?)")
                                    .orElse(""))
                    .toList();
            if (!unknown.isEmpty()) {
                stampProblem(new InputProblem(
                        InputRules.UNKNOWN_RULE,
                        "suppression comment names unknown rule" + (unknown.size() == 1 ? " " : "s ")
                                + String.join(", ", unknown) + "; it suppresses nothing for "
                                + (unknown.size() == 1 ? "it" : "them"),
                        new SourceLocation(name, mention.line(), mention.column())));
            }
        }
        if (config.reportUnusedDirectives()) {
            reportUnusedDirectives(name);
        }
        findings.addAll(cap.summaries());
        findings.sort(Finding.BY_LOCATION);
        return new RecordingResult(name, pushes, events, findings);
    }

    /**
     * Reports the directives that suppressed nothing in this recording. These findings are never suppressed
     * themselves: a directive that covered one would count as used by it.
     */
    private void reportUnusedDirectives(String name) {
        String id = InputRules.UNUSED_DIRECTIVE.id();
        if (config.isOff(id)) {
            return;
        }
        Severity severity = config.severity(id, InputRules.UNUSED_DIRECTIVE.defaultSeverity());
        for (Suppressions.Unused unused :
                suppressions.unused(rule -> catalog.find(rule).isPresent())) {
            String message = unused.rules().isEmpty()
                    ? "suppression comment suppressed nothing; remove it"
                    : "suppression comment suppressed no finding of " + String.join(", ", unused.rules()) + "; remove "
                            + (unused.rules().size() == 1 ? "it" : "them");
            Finding finding = Finding.builder(
                            id,
                            severity,
                            message,
                            new SourceLocation(
                                    name, unused.at().line(), unused.at().column()))
                    .build();
            if (cap.admits(finding)) {
                findings.add(finding);
            }
        }
    }

    @Override
    public void push(Push push) {
        pushes++;
        if (ahead == null) {
            apply(check(push));
        } else {
            ahead.accept(push);
        }
    }

    /** What the stateless stage found on one push, to be stamped in push order. */
    private record Checked(Push push, List<Pending> pending, boolean tooDeep) {}

    /** A violation found before stamping, with the schema location a contract gave it. */
    private record Pending(String ruleId, Violation violation, String schema) {}

    /**
     * The stage of a push that needs nothing from the pushes before it: its depth, its non-finite numbers, its
     * contract. It touches no state of the run, so it may run on another thread ({@link InOrderAhead}).
     */
    private Checked check(Push push) {
        PushShape shape = PushShape.of(push); // one walk: depth, non-finite numbers, values JSON cannot carry
        if (shape.tooDeep()) {
            return new Checked(
                    push,
                    List.of(new Pending(InputRules.LIMIT.id(), new Violation("", PushDepth.refusal()), null)),
                    true);
        }
        List<Pending> pending = new ArrayList<>(0);
        try {
            List<Violation> nonFinite = new ArrayList<>(0);
            if (shape.nonFinite()) {
                JsonView.nonFinite(push.payload(), "", nonFinite);
                nonFinite.forEach(v -> pending.add(new Pending(InputRules.NON_FINITE.id(), v, null)));
            }
            router.route(push).ifPresent(route -> checkContract(route, push, shape.plain(), nonFinite, pending));
        } catch (RuntimeException | StackOverflowError e) {
            pending.add(new Pending(InputRules.INTERNAL.id(), failure("checking its contract", e, ""), null));
        }
        return new Checked(push, pending, false);
    }

    /** The nodes of a payload, the weight of checking it ahead: containers are walked, values counted. */
    private static long nodes(JsonNode node, int depth) {
        long count = 1;
        if (node.isContainer() && depth < COUNTED_DEPTH) {
            for (JsonNode child : node.values()) {
                count += child.isContainer() ? nodes(child, depth + 1) : 1;
            }
        }
        return count;
    }

    /** The ordered stage: stamps what {@link #check} found, then replays the push into the model and the rules. */
    private void apply(Object checkedOrProblem) {
        if (checkedOrProblem instanceof InputProblem problem) {
            stampProblem(problem);
            return;
        }
        Checked checked = (Checked) checkedOrProblem;
        Push push = checked.push();
        applied++;
        String event = push.eventName();
        // One copy per name: a capture of 500k pushes has a handful of event names, kept for the JUnit report.
        events.add(event == null ? null : eventNames.computeIfAbsent(event, name -> name));
        for (Pending p : checked.pending()) {
            report(p.ruleId(), p.violation(), push, p.schema());
        }
        if (!checked.tooDeep()) {
            replay(push);
        }
        progress.pushDone(pushesBefore + applied);
    }

    /**
     * Merges the push into GTM's model and runs the recording rules. A failure here leaves the model in a state no
     * later push can be judged against, so the model and the rules stop for the rest of this recording (and their
     * memory is released); the contract checks go on.
     */
    private void replay(Push push) {
        if (model == null) {
            return;
        }
        try {
            model.apply(push);
            if (!checks.isEmpty()) {
                PushContext context = new PushContext(push, model.state(), state);
                replaying = push;
                for (Active active : checks) {
                    active.check().onPush(context, active.reporter());
                }
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            model = null;
            state = null;
            checks.clear();
            failed(push, "replaying GTM's data model", e, "; the data model and the recording rules were stopped");
        }
    }

    /** Reports a failure of the linter on one push as {@code input.internal}, so it costs nothing beyond it. */
    private void failed(Push push, String doing, Throwable e, String consequence) {
        report(InputRules.INTERNAL.id(), failure(doing, e, consequence), push, null);
    }

    private static Violation failure(String doing, Throwable e, String consequence) {
        return new Violation(
                "", "datalayer-lint failed " + doing + " for this push (" + Failures.describe(e) + ")" + consequence);
    }

    private void checkContract(
            Route route, Push push, boolean plain, List<Violation> alreadyReported, List<Pending> pending) {
        if (route.instance().isMissingNode()) {
            String event = Optional.ofNullable(push.eventName()).orElse("this");
            pending.add(new Pending(
                    SchemaRules.REQUIRED.id(),
                    new Violation(
                            route.base(),
                            Pointers.field(route.base()) + " is required for a " + event + " push (contract "
                                    + route.contract().id() + ")"),
                    null));
            return;
        }
        List<ContractViolation> found =
                route.contract().check(plain ? route.instance() : JsonView.of(route.instance()));
        if (found.isEmpty()) {
            return;
        }
        Set<String> skip = new HashSet<>();
        alreadyReported.forEach(v -> skip.add(v.pointer()));
        for (ContractViolation violation : found) {
            String pointer = route.base() + violation.violation().pointer();
            if (skip.contains(pointer)) {
                continue;
            }
            pending.add(new Pending(
                    violation.rule().id(),
                    new Violation(pointer, violation.violation().message()),
                    violation.schemaLocation() != null
                            ? violation.schemaLocation()
                            : route.contract().iri()));
        }
    }

    private void drain() {
        if (ahead != null) {
            ahead.drain();
        }
    }

    /** A function push's {@code this.get(key)} reads GTM's model as replayed so far. */
    @Override
    public JsonNode modelValue(String dottedKey) {
        drain(); // the model must have every push read before this one
        return model == null ? JsValues.UNDEFINED : model.get(dottedKey);
    }

    @Override
    public void problem(InputProblem problem) {
        if (ahead == null) {
            stampProblem(problem);
        } else {
            ahead.accept(problem);
        }
    }

    private void stampProblem(InputProblem problem) {
        stamp(problem.ruleId(), problem.message(), "", problem.location(), null, -1, null, null);
    }

    /** A finding about a push stands at its field's own key where the source shows it, else at the push. */
    private void report(String ruleId, Violation violation, Push push, String schema) {
        if (suppressions.isEmpty() && !config.isOff(ruleId) && cap.countedOnly(ruleId)) {
            return; // past the cap: counted for the summary, never located (locating parses the push's text again)
        }
        String message = violation.message();
        if (push.isHit() && !message.startsWith(HIT_PREFIX)) {
            message = HIT_PREFIX + message; // the same contract message as a push's, said of what GA4 received
        }
        stamp(
                ruleId,
                message,
                violation.pointer(),
                push.locationOf(violation.pointer()),
                push.location(),
                push.index(),
                push.eventName(),
                schema);
    }

    private void stamp(
            String ruleId,
            String message,
            String pointer,
            SourceLocation location,
            SourceLocation pushLocation,
            int push,
            String event,
            String schema) {
        if (config.isOff(ruleId)) {
            return;
        }
        Severity fallback =
                catalog.find(ruleId).map(RuleDescriptor::defaultSeverity).orElse(Severity.ERROR);
        Finding finding = Finding.builder(ruleId, config.severity(ruleId, fallback), message, location)
                .pointer(pointer)
                .push(push)
                .event(event)
                .schema(schema)
                .build();
        // A directive on the push's line covers every finding about the push, as it did before findings moved to
        // their fields' lines; one on a field's line covers that field.
        if (suppressions.suppresses(finding)
                || pushLocation != null
                        && !pushLocation.equals(location)
                        && suppressions.suppresses(finding.ruleId(), pushLocation)) {
            finding = finding.suppress();
        }
        if (cap.admits(finding)) {
            findings.add(finding);
        }
    }
}
