package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.spi.ToolInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed report that exercises every corner a reporter must handle: errors, warnings, infos and a suppressed
 * finding; a problem of a file itself (push -1), an empty file, a push whose line is unknown, a file name with a
 * space, and a message full of markup characters. Built by hand rather than by validating fixtures so contract
 * wording changed on another branch does not make the golden files churn.
 */
final class SampleReport {

    /** Fixed, so a release does not change the golden files. */
    static final ToolInfo TOOL = new ToolInfo("datalayer-lint", "0.0.0-golden");

    static final String CHECKOUT = "recordings/checkout.json";
    static final String CAPTURE = "recordings/capture run.ndjson";
    static final String EMPTY = "recordings/empty.json";
    static final String PLAYWRIGHT = "playwright:checkout";

    private SampleReport() {}

    static Report report() {
        List<Finding> findings = new ArrayList<>(List.of(
                finding(
                        "schema.required",
                        Severity.ERROR,
                        "currency is required",
                        "/ecommerce/currency",
                        at(CHECKOUT, 2, 3),
                        0,
                        "purchase",
                        "https://datalayerlint.dev/contracts/ga4/purchase.json#/properties/ecommerce/required",
                        false),
                finding(
                        "money.decimals",
                        Severity.WARNING,
                        "value 7.777 has 3 decimals; USD allows at most 2",
                        "/ecommerce/value",
                        at(CHECKOUT, 2, 3),
                        0,
                        "purchase",
                        null,
                        false),
                finding(
                        "schema.length",
                        Severity.ERROR,
                        "item_name \"Fish & Chips <XL> ]]>\" is longer than 20 characters, 100% too long: trim it",
                        "/ecommerce/items/0/item_name",
                        at(CHECKOUT, 9, 5),
                        2,
                        "refund",
                        "https://datalayerlint.dev/contracts/ga4/item.json#/properties/item_name/maxLength",
                        false),
                finding(
                        "schema.unknown-property",
                        Severity.INFO,
                        "coupon_code is not a property of a refund push",
                        "/ecommerce/coupon_code",
                        at(CHECKOUT, 9, 5),
                        2,
                        "refund",
                        null,
                        false),
                finding(
                        "schema.type",
                        Severity.ERROR,
                        "value \"7.77\" must be a number",
                        "/ecommerce/value",
                        at(CHECKOUT, 15, 3),
                        3,
                        "refund",
                        null,
                        true),
                finding(
                        "input.syntax",
                        Severity.ERROR,
                        "invalid JSON: Unexpected end-of-input: expected close marker for Object",
                        "",
                        at(CAPTURE, 2, 91),
                        -1,
                        null,
                        null,
                        false),
                finding(
                        "schema.pattern",
                        Severity.ERROR,
                        "currency \"usd\" must be a 3-letter upper-case ISO 4217 code",
                        "/ecommerce/currency",
                        at(CAPTURE, 3, 1),
                        1,
                        "refund",
                        "https://datalayerlint.dev/contracts/common/currency.json#/pattern",
                        false),
                finding(
                        "input.empty",
                        Severity.ERROR,
                        "file is empty: expected a JSON array of pushes or one push object",
                        "",
                        SourceLocation.of(EMPTY),
                        -1,
                        null,
                        null,
                        false),
                finding(
                        "value.non-finite",
                        Severity.WARNING,
                        "value is NaN: GA4 receives null; compute the amount before pushing it",
                        "/ecommerce/value",
                        SourceLocation.of(PLAYWRIGHT),
                        1,
                        "purchase",
                        null,
                        false)));
        findings.sort(Finding.BY_LOCATION);
        List<FileSummary> files = List.of(
                new FileSummary(CAPTURE, 3, Arrays.asList("gtm.js", "refund", null)),
                new FileSummary(CHECKOUT, 4, List.of("purchase", "view_item", "refund", "refund")),
                new FileSummary(EMPTY, 0),
                new FileSummary(PLAYWRIGHT, 2, List.of("page_view", "purchase")));
        Summary summary = new Summary(4, 9, 5, 2, 1, 1);
        return new Report(TOOL, findings, summary, files);
    }

    /**
     * The timelines a run keeps for the HTML report: the capture with its pushes, one GA4 hit and hostile keys and
     * values (markup, a bidirectional control), and the checkout recording; the empty file and the Playwright
     * recording have none, so their findings are listed by file.
     */
    static java.util.List<dev.datalayerlint.core.spi.RecordingTimeline> timelines(Report report) {
        var json = dev.datalayerlint.core.values.Json.MAPPER;
        List<dev.datalayerlint.core.spi.Push> capture = List.of(
                dev.datalayerlint.core.spi.Push.fromJson(
                        0, json.readTree("{\"event\":\"gtm.js\",\"gtm.start\":1796192347000}"), at(CAPTURE, 1, 1)),
                dev.datalayerlint.core.spi.Push.fromJson(
                        1,
                        json.readTree("{\"event\":\"refund\",\"ecommerce\":{\"currency\":\"usd\",\"value\":30,"
                                + "\"</pre><script>alert(1)</script>\":\"\\\"><img src=x onerror=alert(2)>\\u202e\"}}"),
                        at(CAPTURE, 3, 1)),
                dev.datalayerlint.core.spi.Push.fromJson(2, json.readTree("{\"ecommerce\":null}"), at(CAPTURE, 4, 1)));
        var hit = json.readTree("{\"endpoint\":\"http://127.0.0.1:8765/g/collect\",\"method\":\"POST\","
                + "\"params\":{\"v\":\"2\",\"en\":\"refund\",\"cu\":\"usd\",\"ep.note\":\"<b>bold</b>\"}}");
        List<dev.datalayerlint.core.spi.Push> checkout = List.of(
                dev.datalayerlint.core.spi.Push.fromJson(
                        0,
                        json.readTree("{\"event\":\"purchase\",\"ecommerce\":{\"value\":7.777}}"),
                        at(CHECKOUT, 2, 3)),
                dev.datalayerlint.core.spi.Push.fromJson(
                        1, json.readTree("[\"event\",\"view_item\",{\"value\":1}]"), at(CHECKOUT, 7, 3)));
        return List.of(
                new dev.datalayerlint.core.spi.RecordingTimeline(
                        CAPTURE,
                        capture,
                        3,
                        List.of(new dev.datalayerlint.core.spi.RecordingTimeline.Hit(2, hit, at(CAPTURE, 3, 1))),
                        findingsOf(report, CAPTURE)),
                new dev.datalayerlint.core.spi.RecordingTimeline(
                        CHECKOUT, checkout, 4, List.of(), findingsOf(report, CHECKOUT)));
    }

    private static List<Finding> findingsOf(Report report, String file) {
        return report.findings().stream()
                .filter(f -> f.location().file().equals(file))
                .toList();
    }

    static SourceLocation at(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    static Finding finding(
            String rule,
            Severity severity,
            String message,
            String pointer,
            SourceLocation location,
            int push,
            String event,
            String schema,
            boolean suppressed) {
        return Finding.builder(rule, severity, message, location)
                .pointer(pointer)
                .push(push)
                .event(event)
                .schema(schema)
                .suppressed(suppressed)
                .build();
    }
}
