package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.Severity;
import dev.datalayerlint.core.rules.RuleDescriptor;
import java.util.List;

/** Rules for defects of the input itself, and for JavaScript values GA4 cannot receive. */
public final class InputRules {

    public static final String NON_FINITE = "value.non-finite";

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor("input.syntax", "The recording is not valid JSON or JavaScript", Severity.ERROR),
            new RuleDescriptor("input.empty", "The recording holds no push at all", Severity.ERROR),
            new RuleDescriptor("input.encoding", "The recording is not UTF-8 text", Severity.ERROR),
            new RuleDescriptor("input.unreadable", "The recording cannot be read", Severity.ERROR),
            new RuleDescriptor("input.no-files", "A folder holds no recording of a supported type", Severity.ERROR),
            new RuleDescriptor("input.unsupported", "A file is of a type datalayer-lint does not read", Severity.ERROR),
            new RuleDescriptor("input.runtime", "A JavaScript recording threw an exception", Severity.ERROR),
            new RuleDescriptor(
                    "input.timeout", "A JavaScript recording ran longer than the time limit", Severity.ERROR),
            new RuleDescriptor("input.limit", "A JavaScript recording exceeded a resource limit", Severity.ERROR),
            new RuleDescriptor("input.sandbox", "A JavaScript recording tried to reach the host", Severity.ERROR),
            new RuleDescriptor(NON_FINITE, "A number is NaN or Infinity, which GA4 cannot receive", Severity.ERROR));

    private InputRules() {}
}
