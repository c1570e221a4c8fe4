package dev.datalayerlint.core.spi;

/**
 * A defect of the input file rather than of a push: the linter turns it into a finding of rule {@code ruleId} (one
 * of the {@code input.*} rules) so a broken file never stops the run.
 */
public record InputProblem(String ruleId, String message, SourceLocation location) {

    public InputProblem(RuleDescriptor rule, String message, SourceLocation location) {
        this(rule.id(), message, location);
    }
}
