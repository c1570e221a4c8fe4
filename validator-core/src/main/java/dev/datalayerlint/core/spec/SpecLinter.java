package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spec.CodeValue.CodePush;
import dev.datalayerlint.core.spec.CodeValue.ObjectLiteral;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RuleConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of one page, given a way to follow its links: the code block parses, table and code agree, each field's
 * facts fit together, GA4's rules for the event hold, ecommerce pushes are preceded by a clear, and links lead to a
 * page. A page without a variable table gets one {@code info} and nothing else.
 */
final class SpecLinter {

    /** Follows a link of a page: the linked page when it exists, or empty when the link leads nowhere. */
    interface Links {
        /** @return empty when the link leads nowhere; a page without table when the target is a folder */
        Optional<SpecPage> follow(SpecPage from, String target);
    }

    private final Links links;
    private final RuleConfig config;

    SpecLinter(Links links) {
        this(links, RuleConfig.DEFAULTS);
    }

    SpecLinter(Links links, RuleConfig config) {
        this.links = links;
        this.config = config;
    }

    List<Finding> lint(SpecPage page) {
        Optional<CodePush> eventPush = page.codeBlock().flatMap(SpecCode::eventPush);
        String event = page.event().orElse(null);
        boolean ecommerce = eventPush
                        .flatMap(p -> p.payload().property("ecommerce"))
                        .filter(p -> p.value() instanceof ObjectLiteral)
                        .isPresent()
                || event != null && Ga4Events.ecommerce(event).isPresent();
        SpecFindings findings =
                new SpecFindings(page.file(), event, ecommerce ? "/ecommerce" : "", config, page.suppressions());
        unknownSuppressedRules(page, findings);
        for (SpecLink link : page.links()) {
            if (link.isLocal() && links.follow(page, link.path()).isEmpty()) {
                findings.report(
                        SpecRules.BROKEN_LINK,
                        "link to " + link.target() + " leads to no page",
                        null,
                        link.line(),
                        link.column());
            }
        }
        page.codeBlock()
                .flatMap(SpecCode::syntax)
                .ifPresent(error -> findings.report(
                        SpecRules.JS_SYNTAX,
                        "the code block is not valid JavaScript: " + error.message(),
                        null,
                        error.location().line(),
                        error.location().column()));
        page.schemaExtensions().ifPresent(extensions -> extensions(page, extensions, findings));
        if (!page.hasTable()) {
            findings.report(
                    SpecRules.NO_TABLE,
                    "no variable table (a table with a Field, Variable or Parameter column): nothing to check or"
                            + " compile",
                    null,
                    1,
                    1);
            return findings.findings();
        }
        Map<String, FieldFacts> facts = DriftChecks.facts(page, eventPush.orElse(null));
        facts.values().forEach(f -> FieldChecks.check(f, findings));
        Function<String, SpecPage> linked = target -> links.follow(page, target).orElse(null);
        eventPush.ifPresent(push -> new DriftChecks(findings, linked).check(page, push));
        page.codeBlock().ifPresent(code -> missingClear(code, findings));
        new Ga4Checks(findings).check(page, event, facts);
        return findings.findings();
    }

    /** A suppression comment that names a rule no spec check reports suppresses nothing: say so, as recordings do. */
    private static void unknownSuppressedRules(SpecPage page, SpecFindings findings) {
        Set<String> known = new HashSet<>();
        SpecRules.DESCRIPTORS.forEach(d -> known.add(d.id()));
        known.add(InputRules.UNKNOWN_RULE.id());
        for (SpecSuppressions.Unknown unknown : page.suppressions().unknown(known)) {
            findings.report(
                    InputRules.UNKNOWN_RULE,
                    "suppression comment names " + unknown.rule() + ", which is no spec.* rule; it suppresses nothing",
                    null,
                    unknown.line(),
                    unknown.column());
        }
    }

    private static void extensions(SpecPage page, SchemaExtensions extensions, SpecFindings findings) {
        Optional<SchemaExtensions.Problem> problem = extensions.problem();
        if (problem.isPresent()) {
            findings.report(
                    SpecRules.INVALID_EXTENSIONS,
                    problem.get().message(),
                    null,
                    problem.get().line(),
                    problem.get().column());
            return;
        }
        extensions
                .json()
                .ifPresent(json -> json.propertyNames().forEach(field -> {
                    if (!field.isEmpty()
                            && page.rows().stream()
                                    .noneMatch(r ->
                                            DriftChecks.normalize(r.field()).equals(DriftChecks.normalize(field)))) {
                        findings.report(
                                SpecRules.INVALID_EXTENSIONS,
                                "the schema extensions name \"" + field + "\", which is no field of the table",
                                null,
                                extensions.firstLine(),
                                extensions.column());
                    }
                }));
    }

    private static void missingClear(SpecCode code, SpecFindings findings) {
        boolean cleared = false;
        for (CodePush push : code.pushes()) {
            if (push.isEcommerceClear()) {
                cleared = true;
            } else if (push.payload()
                    .property("ecommerce")
                    .filter(p -> p.value() instanceof ObjectLiteral)
                    .isPresent()) {
                if (!cleared) {
                    findings.report(
                            SpecRules.MISSING_CLEAR,
                            "the " + push.event().orElse("ecommerce") + " push has no dataLayer.push({ ecommerce:"
                                    + " null }) before it, so GTM merges it into the previous ecommerce object",
                            null,
                            push.line(),
                            push.column());
                }
                cleared = false;
            }
        }
    }
}
