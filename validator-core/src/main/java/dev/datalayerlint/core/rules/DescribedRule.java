package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Rule;
import dev.datalayerlint.core.spi.RuleDescriptor;

/** A rule whose descriptor is fixed when it is made: the identity every built-in rule states once, up front. */
abstract class DescribedRule implements Rule {

    private final RuleDescriptor descriptor;

    DescribedRule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }
}
