package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.run.Timelines;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingTimeline;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML report: its golden file with timelines, and hostile input (file names, keys, values, messages, rule ids, a
 * configured link base) that must stay text. The report is also opened in a real browser by
 * {@link HtmlReportInBrowserTest}.
 */
class HtmlReporterTest {

    private static final String HOSTILE =
            "</pre></li><script>window.pwned=1</script><img src=x onerror=\"pwned=2\">'\u202e";

    private static String render(Report report, ReportContext context) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReporter().write(report, context, out);
        return out.toString();
    }

    @Test
    void timelinesMatchTheirGoldenFile() throws IOException {
        Report report = SampleReport.report();
        GoldenFiles.assertMatches(
                "report.timeline.html",
                render(report, new ReportContext(Severity.ERROR, false, SampleReport.timelines(report), "../")));
    }

    @Test
    void hostileTextStaysText() throws IOException {
        String file = "recordings/" + HOSTILE + ".json";
        SourceLocation at = new SourceLocation(file, 1, 1);
        var payload = Json.MAPPER.createObjectNode();
        payload.put("event", HOSTILE);
        payload.putObject(HOSTILE).put(HOSTILE, HOSTILE);
        Push push = Push.fromJson(0, payload, at);
        Finding finding = Finding.builder(HOSTILE, Severity.ERROR, HOSTILE, at)
                .pointer("/" + HOSTILE)
                .push(0)
                .event(HOSTILE)
                .build();
        var hit = Json.MAPPER.createObjectNode().put("endpoint", HOSTILE).put("method", HOSTILE);
        hit.putObject("params").put("en", HOSTILE).put(HOSTILE, HOSTILE);
        hit.put("body", HOSTILE);
        Report report = new Report(SampleReport.TOOL, List.of(finding), Summary.of(1, 1, List.of(finding)));
        RecordingTimeline timeline = new RecordingTimeline(
                file, List.of(push), 1, List.of(new RecordingTimeline.Hit(0, hit, at)), List.of(finding));

        String html =
                render(report, new ReportContext(Severity.ERROR, false, List.of(timeline), " javascript:alert(1)//"));

        assertThat(count(html, "<script")).as("only the report's own script").isEqualTo(1);
        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("</pre></li><script")
                .doesNotContain("\u202e");
        assertThat(html)
                .contains(
                        "&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;pwned=2&quot;&gt;&#39;\\u202e");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        List<String> links = new ArrayList<>();
        while (href.find()) {
            links.add(href.group(1));
        }
        assertThat(links)
                .isNotEmpty()
                .allSatisfy(link ->
                        assertThat(link).startsWith(ReportContext.DEFAULT_RULE_DOCS + "docs/rules/%3C%2Fpre%3E"));
    }

    @Test
    void aRelativeOrHttpBaseIsKept() {
        assertThat(Html.ruleLink("", ReportContext.DEFAULT_RULE_DOCS, "schema.pattern"))
                .isEqualTo("docs/rules/schema.pattern.md");
        assertThat(Html.ruleLink("https://lint.example/", ReportContext.DEFAULT_RULE_DOCS, "money.decimals"))
                .isEqualTo("https://lint.example/docs/rules/money.decimals.md");
        assertThat(Html.ruleLink("data:text/html,", "../", "x")).isEqualTo("../docs/rules/x.md");
    }

    @Test
    void aRunKeepsOnlyItsBudgetOfPushesAndTheReportListsTheFindingsOfTheRest() throws IOException {
        Timelines timelines = new Timelines(3);
        Timelines.Recording recording = timelines.start();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SourceLocation at = new SourceLocation("big.ndjson", i + 1, 1);
            recording.push(Push.fromJson(i, Json.MAPPER.readTree("{\"event\":\"e" + i + "\"}"), at));
            findings.add(Finding.builder("schema.type", Severity.WARNING, "finding at push " + i, at)
                    .push(i)
                    .build());
        }
        recording.finish(new RecordingResult("big.ndjson", 10, List.of(), findings));
        RecordingTimeline kept = timelines.all().getFirst();
        assertThat(kept.pushes()).hasSize(3);
        assertThat(kept.omitted()).isEqualTo(7);

        Report report = new Report(SampleReport.TOOL, findings, Summary.of(1, 10, findings));
        String html = render(report, new ReportContext(Severity.ERROR, false, timelines.all(), null));
        assertThat(count(html, "<li class=\"push")).isEqualTo(3);
        assertThat(html).contains("7 later pushes are not shown").contains("finding at push 9");
        assertThat(count(html, "<li class=\"finding")).isEqualTo(10);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
