package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.SourceLocation;

/**
 * A defect of the input file rather than of a push: the engine turns it into an error finding of rule
 * {@code ruleId} (one of the {@code input.*} rules) so a broken file never stops the run.
 */
public record InputProblem(String ruleId, String message, SourceLocation location) {}
