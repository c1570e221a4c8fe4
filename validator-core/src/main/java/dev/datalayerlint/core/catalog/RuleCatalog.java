package dev.datalayerlint.core.catalog;

import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.contract.SchemaRules;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.rules.RecordingRules;
import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.values.Spelling;
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

    private static final RuleCatalog BUILT_IN = new RuleCatalog(RecordingRules.all());

    private final List<Rule> recordingRules;
    private final Map<String, RuleDescriptor> descriptors = new TreeMap<>();

    private RuleCatalog(List<Rule> recordingRules) {
        this.recordingRules = List.copyOf(recordingRules);
        List<RuleDescriptor> all = new ArrayList<>(InputRules.DESCRIPTORS);
        all.addAll(SchemaRules.DESCRIPTORS);
        all.addAll(dev.datalayerlint.core.spec.SpecRules.DESCRIPTORS);
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

    /**
     * The built-in rules plus those project contracts declare with {@code x-rule}.
     *
     * @throws ContractException when a declared id is a built-in rule's (a contract cannot take over a built-in id)
     */
    public RuleCatalog withDeclared(Collection<RuleDescriptor> declared) {
        if (declared.isEmpty()) {
            return this;
        }
        RuleCatalog catalog = new RuleCatalog(recordingRules);
        for (RuleDescriptor rule : declared) {
            if (catalog.descriptors.putIfAbsent(rule.id(), rule) != null) {
                throw new ContractException("x-rule '" + rule.id() + "' is a built-in rule id; a contract declares"
                        + " ids of its own, such as acme."
                        + rule.id().substring(rule.id().indexOf('.') + 1));
            }
        }
        return catalog;
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    /** All descriptors, sorted by id. */
    public Collection<RuleDescriptor> descriptors() {
        return descriptors.values();
    }

    /** The known rule id closest to a mistyped one ({@code schema.patern}, {@code pattern}), if one is close. */
    public Optional<String> closest(String id) {
        return closest(id, descriptors.keySet());
    }

    /**
     * The candidate closest to {@code word} by edit distance, if it is close enough to be what was meant; a candidate
     * whose last dot-separated part equals {@code word} ({@code pattern} for {@code schema.pattern}) also counts.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.substring(candidate.lastIndexOf('.') + 1).equals(word)) {
                return Optional.of(candidate);
            }
        }
        return Spelling.closest(word, candidates);
    }

    public List<Rule> recordingRules() {
        return recordingRules;
    }
}
