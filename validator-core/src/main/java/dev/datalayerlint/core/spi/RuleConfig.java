package dev.datalayerlint.core.spi;

import java.util.Map;
import java.util.Set;

/**
 * A team's tuning of the rules: severity overrides, rules switched off, and whether suppression comments that
 * suppressed nothing are reported. "Off" lives here rather than in
 * {@link Severity} so a finding never carries it.
 */
public record RuleConfig(Map<String, Severity> severities, Set<String> disabled, boolean reportUnusedDirectives)
        implements java.io.Serializable {

    public static final RuleConfig DEFAULTS = new RuleConfig(Map.of(), Set.of());

    /** Severity overrides and rules off; suppression comments that suppress nothing are not reported. */
    public RuleConfig(Map<String, Severity> severities, Set<String> disabled) {
        this(severities, disabled, false);
    }

    /**
     * The same tuning, also reporting suppression comments that suppressed nothing ({@code input.unused-directive}),
     * as ESLint's {@code --report-unused-disable-directives}.
     */
    public RuleConfig reportingUnusedDirectives() {
        return new RuleConfig(severities, disabled, true);
    }

    public RuleConfig {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    /** Every rule id this configuration names. */
    public Set<String> ids() {
        Set<String> ids = new java.util.TreeSet<>(severities.keySet());
        ids.addAll(disabled);
        return ids;
    }

    public boolean isOff(String ruleId) {
        return disabled.contains(ruleId);
    }

    public Severity severity(String ruleId, Severity fallback) {
        return severities.getOrDefault(ruleId, fallback);
    }
}
