package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;

/** Rules for defects of the input itself, and for JavaScript values GA4 cannot receive. */
public final class InputRules {

    public static final RuleDescriptor SYNTAX =
            new RuleDescriptor("input.syntax", "The recording is not valid JSON or JavaScript", Severity.ERROR);

    public static final RuleDescriptor EMPTY =
            new RuleDescriptor("input.empty", "The recording holds no push at all", Severity.ERROR);

    public static final RuleDescriptor ENCODING =
            new RuleDescriptor("input.encoding", "The recording is not UTF-8 text", Severity.ERROR);

    public static final RuleDescriptor UNREADABLE =
            new RuleDescriptor("input.unreadable", "The recording cannot be read", Severity.ERROR);

    public static final RuleDescriptor NO_FILES =
            new RuleDescriptor("input.no-files", "A folder holds no recording of a supported type", Severity.ERROR);

    public static final RuleDescriptor UNSUPPORTED =
            new RuleDescriptor("input.unsupported", "A file is of a type datalayer-lint does not read", Severity.ERROR);

    public static final RuleDescriptor RUNTIME =
            new RuleDescriptor("input.runtime", "A JavaScript recording threw an exception", Severity.ERROR);

    public static final RuleDescriptor TIMEOUT = new RuleDescriptor(
            "input.timeout", "A JavaScript recording ran longer than the time limit", Severity.ERROR);

    public static final RuleDescriptor LIMIT =
            new RuleDescriptor("input.limit", "A recording exceeded a resource limit", Severity.ERROR);

    public static final RuleDescriptor SANDBOX =
            new RuleDescriptor("input.sandbox", "A JavaScript recording tried to reach the host", Severity.ERROR);

    public static final RuleDescriptor SKIPPED = new RuleDescriptor(
            "input.skipped",
            "A file in a folder was not read: a symbolic link leading out of the folder, or not a regular file",
            Severity.INFO);

    /**
     * datalayer-lint itself failed on one recording (a defect of the tool, or an input it could not cope with); the
     * other recordings of the run are unaffected.
     */
    public static final RuleDescriptor INTERNAL = new RuleDescriptor(
            "input.internal",
            "datalayer-lint failed on this recording; the other recordings were checked",
            Severity.ERROR);

    public static final RuleDescriptor NON_FINITE = new RuleDescriptor(
            "value.non-finite", "A number is NaN or Infinity, which GA4 cannot receive", Severity.ERROR);

    public static final RuleDescriptor UNKNOWN_RULE = new RuleDescriptor(
            "input.unknown-rule", "A suppression comment names a rule id that does not exist", Severity.WARNING);

    /** Reported only when asked for ({@link dev.datalayerlint.core.spi.RuleConfig#reportUnusedDirectives()}). */
    public static final RuleDescriptor UNUSED_DIRECTIVE =
            new RuleDescriptor("input.unused-directive", "A suppression comment suppressed nothing", Severity.WARNING);

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            SYNTAX,
            EMPTY,
            ENCODING,
            UNREADABLE,
            NO_FILES,
            UNSUPPORTED,
            RUNTIME,
            TIMEOUT,
            LIMIT,
            SANDBOX,
            SKIPPED,
            INTERNAL,
            NON_FINITE,
            UNKNOWN_RULE,
            UNUSED_DIRECTIVE);

    /**
     * The sandbox's own verdicts on a script: a recording cannot switch them off with a comment in itself (it could
     * otherwise hide that it tried to reach the host, or ran away). The configuration file, which the project owns,
     * still can.
     */
    public static final List<RuleDescriptor> NOT_SUPPRESSIBLE_IN_SOURCE = List.of(SANDBOX, TIMEOUT, LIMIT);

    /** True unless {@code ruleId} is one of {@link #NOT_SUPPRESSIBLE_IN_SOURCE}. */
    public static boolean suppressibleInSource(String ruleId) {
        return NOT_SUPPRESSIBLE_IN_SOURCE.stream().noneMatch(rule -> rule.id().equals(ruleId));
    }

    private InputRules() {}
}
