package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;

/** A rule whose descriptor is fixed when it is made: the identity every built-in rule states once, up front. */
abstract class DescribedRule implements Rule {

    private final RuleDescriptor descriptor;

    DescribedRule(String id, String summary, Severity defaultSeverity) {
        this.descriptor = new RuleDescriptor(id, summary, defaultSeverity);
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }
}
