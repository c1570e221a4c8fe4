package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Severity;

/**
 * What a reporter needs besides the report: the fail level (to say what fails and, for JUnit, what is a failure)
 * and whether colours are wanted. Reporters never look at the working directory or the terminal themselves.
 *
 * @param failOn the fail level, or null for "never"
 */
public record ReportContext(Severity failOn, boolean color) {

    public static final ReportContext DEFAULT = new ReportContext(Severity.ERROR, false);
}
