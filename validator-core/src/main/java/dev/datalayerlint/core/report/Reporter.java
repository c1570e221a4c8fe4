package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a report in one output format; one class per format, selected by {@link ReportFormat}. */
public interface Reporter {

    void write(Report report, ReportContext context, Writer out) throws IOException;
}
