package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format rendered from {@link SampleReport}, compared with its golden file (see {@link GoldenFiles}
 * for regenerating them with {@code -Dgolden.update=true}).
 */
class GoldenReportTest {

    static String render(ReportFormat format, Report report, ReportContext context) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter().write(report, context, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatMatchesItsGoldenFile(ReportFormat format) throws IOException {
        GoldenFiles.assertMatches(
                format.fileName(), render(format, SampleReport.report(), new ReportContext(Severity.ERROR, false)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void reportersLeaveTheWriterOpen(ReportFormat format) throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        format.reporter().write(SampleReport.report(), ReportContext.DEFAULT, out);
        assertThat(closed[0]).as("%s closed the caller's writer", format).isFalse();
        assertThat(out.toString()).endsWith("\n");
    }

    @Test
    void textInColour() throws IOException {
        GoldenFiles.assertMatches(
                "report.color.txt",
                render(ReportFormat.TEXT, SampleReport.report(), new ReportContext(Severity.ERROR, true)));
    }

    @Test
    void junitWithWarningsAsFailures() throws IOException {
        GoldenFiles.assertMatches(
                "report.fail-on-warning.junit.xml",
                render(ReportFormat.JUNIT, SampleReport.report(), new ReportContext(Severity.WARNING, false)));
    }
}
