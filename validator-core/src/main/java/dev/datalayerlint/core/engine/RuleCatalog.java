package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.contract.SchemaRules;
import dev.datalayerlint.core.rules.Rule;
import dev.datalayerlint.core.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every rule datalayer-lint can report, by id: input rules, contract (schema and money) rules and the rules across
 * a recording. {@code rules}, {@code explain}, SARIF's rule table and configuration validation all read it.
 */
public final class RuleCatalog {

    private static final RuleCatalog BUILT_IN = new RuleCatalog(BuiltInRules.recordingRules());

    private final List<Rule> recordingRules;
    private final Map<String, RuleDescriptor> descriptors = new TreeMap<>();

    private RuleCatalog(List<Rule> recordingRules) {
        this.recordingRules = List.copyOf(recordingRules);
        List<RuleDescriptor> all = new ArrayList<>(InputRules.DESCRIPTORS);
        all.addAll(SchemaRules.DESCRIPTORS);
        recordingRules.forEach(rule -> all.add(rule.descriptor()));
        for (RuleDescriptor descriptor : all) {
            if (descriptors.put(descriptor.id(), descriptor) != null) {
                throw new IllegalStateException("two rules share the id " + descriptor.id());
            }
        }
    }

    public static RuleCatalog builtIn() {
        return BUILT_IN;
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    /** All descriptors, sorted by id. */
    public Collection<RuleDescriptor> descriptors() {
        return descriptors.values();
    }

    List<Rule> recordingRules() {
        return recordingRules;
    }
}
