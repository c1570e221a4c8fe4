package dev.datalayerlint.cli;

/** The exit codes, in one place: CI scripts depend on them (see docs/adr/0003-exit-codes.md). */
public final class ExitCode {

    /** Nothing at or above the fail level. */
    public static final int OK = 0;
    /** Findings at or above the fail level. */
    public static final int FINDINGS = 1;
    /** A usage error: unknown flag, missing file, unknown contract. */
    public static final int USAGE = 2;
    /** A defect of datalayer-lint itself. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
