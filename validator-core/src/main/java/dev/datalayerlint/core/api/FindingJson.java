package dev.datalayerlint.core.api;

import dev.datalayerlint.core.report.JsonReporter;
import dev.datalayerlint.core.spi.Finding;

/**
 * A finding in the shape of the JSON report's {@code findings} elements, on one line: what a front end that streams
 * findings (a pipeline writing NDJSON) writes, so its output reads like the report and no second serialisation of a
 * finding exists to drift from it.
 */
public final class FindingJson {

    private FindingJson() {}

    /** One line of JSON, without a line break. */
    public static String line(Finding finding) {
        return JsonReporter.findingLine(finding);
    }
}
