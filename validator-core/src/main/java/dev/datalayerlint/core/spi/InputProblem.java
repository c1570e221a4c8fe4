package dev.datalayerlint.core.spi;

/**
 * A defect of the input file rather than of a push: the linter turns it into a finding of {@code rule} (one of the
 * {@code input.*} rules) so a broken file never stops the run.
 */
public record InputProblem(RuleDescriptor rule, String message, SourceLocation location) {

    /** The id of {@link #rule()}. */
    public String ruleId() {
        return rule.id();
    }
}
