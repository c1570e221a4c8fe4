package dev.datalayerlint.core.spi;

import java.util.Map;
import java.util.Set;

/**
 * A team's tuning of the rules: severity overrides and rules switched off. "Off" lives here rather than in
 * {@link Severity} so a finding never carries it.
 */
public record RuleConfig(Map<String, Severity> severities, Set<String> disabled) implements java.io.Serializable {

    public static final RuleConfig DEFAULTS = new RuleConfig(Map.of(), Set.of());

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
