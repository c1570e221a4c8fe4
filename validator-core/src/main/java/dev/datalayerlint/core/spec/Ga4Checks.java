package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.rules.Ga4Vocabulary;
import java.util.Map;

/**
 * What GA4 itself says about the page's event (see {@link Ga4Events}): names it accepts, the event-level parameters
 * a recommended ecommerce event has, and the ones it requires ({@code currency} whenever {@code value} is set).
 */
final class Ga4Checks {

    private final SpecFindings findings;

    Ga4Checks(SpecFindings findings) {
        this.findings = findings;
    }

    void check(SpecPage page, String event, Map<String, FieldFacts> facts) {
        if (event == null) {
            return;
        }
        int eventLine = page.codeBlock()
                .flatMap(SpecCode::eventPush)
                .map(CodeValue.CodePush::line)
                .orElse(1);
        Ga4Events.nameProblem(event)
                .ifPresent(problem -> findings.report(
                        SpecRules.GA4_NAME, "event name '" + event + "' " + problem, null, eventLine, 1));
        if (Ga4Events.RESERVED_EVENTS.contains(event)) {
            findings.report(
                    SpecRules.GA4_NAME,
                    "event name '" + event + "' is reserved: GA4 collects it itself and refuses it as a custom event",
                    null,
                    eventLine,
                    1);
        }
        for (Map.Entry<String, FieldFacts> entry : facts.entrySet()) {
            String field = entry.getKey();
            if (!field.contains(".")) {
                Ga4Events.nameProblem(field)
                        .ifPresent(problem -> findings.report(
                                SpecRules.GA4_NAME,
                                "parameter name '" + field + "' " + problem,
                                field,
                                entry.getValue().line(),
                                entry.getValue().column()));
            }
        }
        Ga4Events.ecommerce(event).ifPresent(ga4 -> checkParameters(page, event, ga4, facts));
    }

    private void checkParameters(SpecPage page, String event, Ga4Vocabulary.Event ga4, Map<String, FieldFacts> facts) {
        for (Map.Entry<String, FieldFacts> entry : facts.entrySet()) {
            String field = entry.getKey();
            if (!field.contains(".")
                    && !field.equals("event")
                    && !ga4.parameters().contains(field)) {
                findings.report(
                        SpecRules.GA4_UNKNOWN_PARAMETER,
                        field + " is not a " + event + " parameter in GA4 (" + event + " has "
                                + String.join(
                                        ", ", ga4.parameters().stream().sorted().toList()) + ")"
                                + (ga4.parameters().contains("items")
                                        ? "; item fields such as quantity belong in" + " each element of items"
                                        : ""),
                        field,
                        entry.getValue().line(),
                        entry.getValue().column());
            }
        }
        for (String required : ga4.required()) {
            requireParameter(page, event, required, facts, "");
        }
        if (facts.containsKey("value") && ga4.parameters().contains("currency")) {
            requireParameter(page, event, "currency", facts, " when value is set");
        }
    }

    private void requireParameter(
            SpecPage page, String event, String parameter, Map<String, FieldFacts> facts, String condition) {
        FieldFacts row = facts.get(parameter);
        if (row == null) {
            findings.report(
                    SpecRules.GA4_REQUIRED_PARAMETER,
                    "GA4 requires " + parameter + " on " + event + condition + " but the table does not define it",
                    parameter,
                    page.tableLine(),
                    1);
        } else if (row.requirement() != null
                && !row.isRequired()
                && !(!condition.isEmpty() && row.requirement().value().equalsIgnoreCase("conditional"))) {
            findings.report(
                    SpecRules.GA4_REQUIRED_PARAMETER,
                    "GA4 requires " + parameter + " on " + event + condition + " but the page marks it "
                            + row.requirement().value(),
                    parameter,
                    row.requirement());
        }
    }
}
