package dev.datalayerlint.core.report;

import dev.datalayerlint.core.model.ReplayText;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.RecordingTimeline;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One self-contained HTML page for people: per recording a timeline of its pushes and GA4 hits with their findings
 * inline, GTM's data model after the push one selects (replayed by {@link ReplayText}, as {@code replay} prints it),
 * filters by severity and rule, and links to the rule pages. It opens offline: the style and the script are inline,
 * written for this report, with no font, image or script fetched from anywhere.
 *
 * <p>Inputs are hostile: every text from them is escaped ({@link Html}), the script reads the page only through
 * {@code textContent} and attributes, and a Content-Security-Policy allows no script or style but the report's own
 * (by hash), so even a missed escape could not run code.
 *
 * <p>Without timelines in the {@link ReportContext} (a run that did not keep pushes), it lists the findings by file.
 * Findings of a recording that are not in its timeline (at pushes past the run's budget) are listed after it.
 */
public final class HtmlReporter implements Reporter {

    /** The most characters of one push's call or data model shown; a longer one is cut with a note. */
    static final int TEXT_LIMIT = 20_000;

    /** The most characters of data models a report holds in all; later pushes show no model. */
    static final int MODEL_BUDGET = 4_000_000;

    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        new Page(report, context, out).write();
    }

    /** One report being written. */
    private static final class Page {
        private final Report report;
        private final ReportContext context;
        private final Writer out;
        private int modelCharacters;

        Page(Report report, ReportContext context, Writer out) {
            this.report = report;
            this.context = context;
            this.out = out;
        }

        void write() throws IOException {
            Summary summary = report.summary();
            out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
            out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            out.write("<meta name=\"generator\" content=\""
                    + Html.text(report.tool().name() + " " + report.tool().version()) + "\">\n");
            out.write("<title>datalayer-lint report</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
            out.write("<header>\n<h1>datalayer-lint report</h1>\n<p class=\"summary\">");
            out.write("<span id=\"count-files\">" + summary.files() + " file" + plural(summary.files()) + "</span>");
            out.write("<span id=\"count-pushes\">" + summary.pushes() + " push" + (summary.pushes() == 1 ? "" : "es")
                    + "</span>");
            for (Severity severity : Severity.values()) {
                int n = summary.count(severity);
                out.write("<span class=\"sev-" + severity.label() + "\" id=\"count-" + severity.label() + "\">" + n
                        + " " + severity.label() + (n == 1 ? "" : "s") + "</span>");
            }
            out.write("<span id=\"count-suppressed\">" + summary.suppressed() + " suppressed</span>");
            out.write("<span>"
                    + Html.text(report.tool().name() + " " + report.tool().version()) + "</span></p>\n");
            filters(summary);
            out.write("</header>\n<main>\n");
            Set<Finding> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < context.timelines().size(); i++) {
                RecordingTimeline timeline = context.timelines().get(i);
                shown.addAll(timeline.findings());
                recording(i, timeline);
            }
            Map<String, List<Finding>> byFile = new LinkedHashMap<>();
            for (Finding finding : report.findings()) {
                if (!shown.contains(finding)) {
                    byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>())
                            .add(finding);
                }
            }
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                out.write("<section class=\"file finding-group\">\n<h2>" + Html.text(file.getKey()) + "</h2>\n");
                findings(file.getValue(), true);
                out.write("</section>\n");
            }
            if (report.findings().isEmpty() && context.timelines().isEmpty()) {
                out.write("<p class=\"note\">No findings.</p>\n");
            }
            out.write("</main>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        }

        private void filters(Summary summary) throws IOException {
            out.write("<form id=\"filters\">\n<fieldset><legend>Severity</legend>");
            for (Severity severity : Severity.values()) {
                out.write("<label><input type=\"checkbox\" name=\"severity\" value=\"" + severity.label()
                        + "\" checked> " + severity.label() + "s (" + summary.count(severity) + ")</label>");
            }
            out.write("<label><input type=\"checkbox\" id=\"show-suppressed\"> suppressed (" + summary.suppressed()
                    + ")</label></fieldset>\n");
            Map<String, Integer> rules = new TreeMap<>();
            report.findings().forEach(f -> rules.merge(f.ruleId(), 1, Integer::sum));
            out.write("<label>Rule <select id=\"rule\"><option value=\"\">all rules</option>");
            for (Map.Entry<String, Integer> rule : rules.entrySet()) {
                out.write("<option value=\"" + Html.text(rule.getKey()) + "\">" + Html.text(rule.getKey()) + " ("
                        + rule.getValue() + ")</option>");
            }
            out.write("</select></label>\n");
            out.write("<label><input type=\"checkbox\" id=\"only-findings\"> only pushes with findings</label>\n");
            out.write("</form>\n");
            int active = report.active().size();
            out.write("<p id=\"shown\" aria-live=\"polite\">" + active + " of "
                    + report.findings().size() + " findings shown</p>\n");
        }

        private void recording(int number, RecordingTimeline timeline) throws IOException {
            Map<Integer, List<Finding>> byPush = new TreeMap<>();
            Map<Integer, List<Finding>> byHit = new TreeMap<>();
            List<Finding> problems = new ArrayList<>();
            List<Finding> beyond = new ArrayList<>();
            java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
            timeline.pushes().forEach(p -> shown.add(p.index()));
            List<RecordingTimeline.Hit> sent = timeline.hits();
            for (Finding finding : timeline.findings()) {
                int push = finding.pushIndex().orElse(-1);
                int hit = hitOf(sent, shown, push);
                if (push < 0) {
                    problems.add(finding);
                } else if (shown.contains(push)) {
                    byPush.computeIfAbsent(push, p -> new ArrayList<>()).add(finding);
                } else if (hit >= 0) {
                    byHit.computeIfAbsent(hit, h -> new ArrayList<>()).add(finding);
                } else {
                    beyond.add(finding);
                }
            }
            out.write("<section class=\"recording\" id=\"recording-" + number + "\">\n<h2>" + Html.text(timeline.name())
                    + "</h2>\n");
            out.write("<p class=\"meta\">" + timeline.pushesRead() + " push" + (timeline.pushesRead() == 1 ? "" : "es")
                    + (timeline.hits().isEmpty()
                            ? ""
                            : ", " + timeline.hits().size() + " GA4 hit"
                                    + plural(timeline.hits().size()))
                    + ", " + timeline.findings().size() + " finding"
                    + plural(timeline.findings().size())
                    + "</p>\n");
            if (!problems.isEmpty()) {
                out.write("<div class=\"finding-group\"><h3>The recording itself</h3>\n");
                findings(problems, true);
                out.write("</div>\n");
            }
            out.write("<div class=\"layout\">\n<ol class=\"timeline\">\n");
            List<ReplayText.Step> steps = ReplayText.of(timeline.pushes(), TEXT_LIMIT);
            int nextHit = 0;
            List<RecordingTimeline.Hit> hits = timeline.hits();
            for (ReplayText.Step step : steps) {
                while (nextHit < hits.size()
                        && hits.get(nextHit).beforePush() <= step.push().index()) {
                    hit(hits.get(nextHit), byHit.getOrDefault(nextHit++, List.of()));
                }
                push(step, byPush.getOrDefault(step.push().index(), List.of()));
            }
            while (nextHit < hits.size()) {
                hit(hits.get(nextHit), byHit.getOrDefault(nextHit++, List.of()));
            }
            out.write("</ol>\n<aside class=\"inspector\"><h3 class=\"model-title\">GTM data model</h3>"
                    + "<pre class=\"model-view\">Select a push to see the data model after it.</pre></aside>\n"
                    + "</div>\n");
            if (timeline.omitted() > 0) {
                out.write("<div class=\"finding-group\"><h3>" + timeline.omitted() + " later push"
                        + (timeline.omitted() == 1 ? " is" : "es are")
                        + " not shown (a report keeps a run's first pushes only); their findings:</h3>\n");
                findings(beyond, true);
                out.write("</div>\n");
            }
            out.write("</section>\n");
        }

        private void push(ReplayText.Step step, List<Finding> findings) throws IOException {
            Push push = step.push();
            String worst = findings.stream()
                    .filter(f -> !f.suppressed())
                    .map(Finding::severity)
                    .min(Enum::compareTo)
                    .map(s -> " has-" + s.label())
                    .orElse("");
            String kind = push.kind().name().toLowerCase(Locale.ROOT);
            out.write("<li class=\"push" + worst + "\" data-push=\"" + push.index() + "\">");
            out.write("<button type=\"button\" class=\"push-head\" aria-pressed=\"false\"><span class=\"index\">#"
                    + push.index() + "</span><span class=\"event\">" + Html.text(label(push))
                    + "</span><span class=\"kind\">" + kind + "</span><span class=\"loc\">"
                    + Html.text(push.location().toString()) + "</span></button>\n");
            if (!findings.isEmpty()) {
                findings(findings, false);
            }
            out.write("<details><summary>pushed</summary><pre class=\"call\">" + Html.lines(step.call())
                    + "</pre></details>");
            if (step.model() != null && modelCharacters + step.model().length() <= MODEL_BUDGET) {
                modelCharacters += step.model().length();
                out.write("<pre class=\"model\" hidden>" + Html.lines(step.model()) + "</pre>");
            }
            out.write("</li>\n");
        }

        /**
         * The position in {@code hits} of the GA4 hit a finding at push index {@code push} belongs to: the last hit at
         * or before it with no shown push between them (the events decoded from a hit are numbered among the
         * pushes); -1 for none.
         */
        private static int hitOf(List<RecordingTimeline.Hit> hits, java.util.NavigableSet<Integer> shown, int push) {
            for (int i = hits.size() - 1; i >= 0; i--) {
                long start = hits.get(i).beforePush();
                if (start <= push) {
                    Integer between = shown.ceiling((int) start);
                    return between == null || between > push ? i : -1;
                }
            }
            return -1;
        }

        private void hit(RecordingTimeline.Hit hit, List<Finding> findings) throws IOException {
            JsonNode params = hit.hit().path("params");
            String event = params.path("en").asString("");
            out.write("<li class=\"hit\"><span class=\"index\">GA4 hit</span> <span class=\"event\">"
                    + Html.text(event.isEmpty() ? "(no event name)" : event) + "</span> <span class=\"kind\">"
                    + Html.text(hit.hit().path("method").asString("") + " "
                            + hit.hit().path("endpoint").asString(""))
                    + "</span>");
            if (hit.location() != null) {
                out.write(" <span class=\"loc\">" + Html.text(hit.location().toString()) + "</span>");
            }
            out.write("\n<details><summary>parameters</summary><table class=\"params\">");
            for (Map.Entry<String, JsonNode> param : params.properties()) {
                out.write("<tr><td>" + Html.text(param.getKey()) + "</td><td>"
                        + Html.text(
                                param.getValue().isString()
                                        ? param.getValue().asString()
                                        : param.getValue().toString())
                        + "</td></tr>");
            }
            out.write("</table>");
            JsonNode body = hit.hit().get("body");
            if (body != null && !body.isNull()) {
                String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
                if (text.length() > TEXT_LIMIT) {
                    text = text.substring(0, TEXT_LIMIT) + "\n… (" + (text.length() - TEXT_LIMIT)
                            + " more characters not shown)";
                }
                out.write("<pre class=\"body\">" + Html.lines(text) + "</pre>");
            }
            out.write("</details>");
            if (!findings.isEmpty()) {
                findings(findings, false);
            }
            out.write("</li>\n");
        }

        private void findings(List<Finding> findings, boolean withPush) throws IOException {
            out.write("<ul class=\"findings\">\n");
            for (Finding finding : findings) {
                String severity = finding.severity().label();
                out.write("<li class=\"finding sev-" + severity + "\" data-severity=\"" + severity + "\" data-rule=\""
                        + Html.text(finding.ruleId()) + "\"" + (finding.suppressed() ? " data-suppressed hidden" : "")
                        + ">");
                out.write(
                        "<span class=\"sev\">" + severity + (finding.suppressed() ? " (suppressed)" : "") + "</span>");
                out.write("<a class=\"rule\" href=\""
                        + Html.ruleLink(context.ruleDocsBase(), ReportContext.DEFAULT_RULE_DOCS, finding.ruleId())
                        + "\">" + Html.text(finding.ruleId()) + "</a>");
                out.write("<span class=\"msg\">" + Html.text(finding.message()) + "</span>");
                if (!finding.pointer().isEmpty()) {
                    out.write("<code class=\"ptr\">" + Html.text(finding.pointer()) + "</code>");
                }
                String where = finding.location().toString();
                if (withPush && finding.pushIndex().isPresent()) {
                    where += " (push #" + finding.pushIndex().getAsInt()
                            + finding.event().map(e -> " " + e).orElse("") + ")";
                }
                out.write("<span class=\"loc\">" + Html.text(where) + "</span></li>\n");
            }
            out.write("</ul>\n");
        }

        /** The push's event name, else what it holds: {@code {ecommerce}}, {@code gtag config}. */
        private static String label(Push push) {
            String event = push.eventName();
            if (event != null) {
                return event;
            }
            JsonNode payload = push.payload();
            String label;
            if (payload.isObject()) {
                label = "{" + String.join(", ", payload.propertyNames()) + "}";
            } else if (payload.isArray() && !payload.isEmpty() && payload.get(0).isString()) {
                label = (push.kind() == PushKind.GTAG ? "gtag " : "")
                        + payload.get(0).asString();
            } else {
                label = push.kind().name().toLowerCase(Locale.ROOT);
            }
            return label.length() > 80 ? label.substring(0, 80) + "…" : label;
        }

        private static String plural(long n) {
            return n == 1 ? "" : "s";
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
