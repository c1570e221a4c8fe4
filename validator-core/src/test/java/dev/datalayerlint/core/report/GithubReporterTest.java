package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void escapesDataAndProperties() {
        assertThat(GithubReporter.data("100% of a\r\nb: c, d")).isEqualTo("100%25 of a%0D%0Ab: c, d");
        assertThat(GithubReporter.property("dir,x/a:b%.json")).isEqualTo("dir%2Cx/a%3Ab%25.json");
    }

    @Test
    void oneLinePerFindingWithLevelAndPlace() throws Exception {
        Report report = new Report(
                SampleReport.TOOL,
                List.of(
                        SampleReport.finding(
                                "money.decimals",
                                Severity.INFO,
                                "two\nlines",
                                "/v",
                                SampleReport.at("a, b.json", 4, 2),
                                0,
                                null,
                                null,
                                false),
                        SampleReport.finding(
                                "input.empty",
                                Severity.WARNING,
                                "empty",
                                "",
                                SampleReport.at("c.json", 0, 0),
                                -1,
                                null,
                                null,
                                false),
                        SampleReport.finding(
                                "schema.type",
                                Severity.ERROR,
                                "hidden",
                                "",
                                SampleReport.at("d.json", 1, 1),
                                0,
                                null,
                                null,
                                true)),
                new Summary(3, 1, 0, 1, 1, 1));
        String out = GoldenReportTest.render(ReportFormat.GITHUB, report, ReportContext.DEFAULT);
        assertThat(out)
                .isEqualTo("::notice file=a%2C b.json,line=4,col=2,title=money.decimals::two%0Alines\n"
                        + "::warning file=c.json,title=input.empty::empty\n");
    }
}
