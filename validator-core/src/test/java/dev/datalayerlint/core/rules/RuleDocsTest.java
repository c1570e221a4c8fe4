package dev.datalayerlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.catalog.RuleDocs;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.spec.SpecRules;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code docs/rules} and the rule catalog in step: one page per rule and no page without a rule, each page with
 * the same sections and the rule's real default severity, shipped unchanged in the jar. The examples are executable
 * documentation: every {@code json} block holding an array, every {@code js} block and every {@code ndjson} block (a
 * capture envelope, for the rules on GA4 hits) under "Failing" is run as a
 * recording and must report the rule; every one under "Passing" must give no finding at warning or above, of any
 * rule (a passing example that trips another rule would teach the reader a broken push). A {@code json} block holding
 * an object with {@code x-datalayer} is a project contract the examples are validated with. The {@code spec.*} rules
 * check tagging-spec pages, not recordings, so their examples (small spec pages) are run by {@code SpecRuleDocsTest}
 * instead.
 */
class RuleDocsTest {

    /** The sections every page has, in this order (CONTRIBUTING.md); "How to turn it off" may follow. */
    private static final List<String> SECTIONS =
            List.of("## What it catches", "## Why it matters for GA4", "## Failing", "## Passing");

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    /** A recording block of a page: {@code json} (an array of pushes) or {@code js} (a page script). */
    private static final Pattern RECORDING_BLOCK = Pattern.compile("```(json|js|ndjson)\\n(.*?)\\n```", Pattern.DOTALL);

    /**
     * Failing examples that are not run, with the reason: they trip a resource limit, and which limit trips first
     * (statements or wall-clock time) depends on how busy the machine is.
     */
    private static final Set<String> FAILING_NOT_RUN = Set.of("input.limit", "input.timeout");

    private static final LintProfile SHIPPED = profile().build();

    private static LintProfile.Builder profile() {
        return LintProfile.builder().limits(new JsLimits(JsLimits.DEFAULT_STATEMENT_LIMIT, Duration.ofMinutes(10)));
    }

    /** One example recording of a page. */
    private record Example(RecordingFormat format, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    @TempDir
    Path temp;

    /** {@code docs/rules} of the repository, found upwards from the working directory. */
    static Path docsRules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/rules");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/rules not found above " + Path.of("").toAbsolutePath());
    }

    private static Set<String> pageIds() throws IOException {
        try (Stream<Path> files = Files.list(docsRules())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        RuleCatalog.builtIn().descriptors().forEach(d -> ids.add(d.id()));
        return ids;
    }

    @Test
    void everyRuleHasAPageAndEveryPageARule() throws IOException {
        Set<String> pages = pageIds();
        Set<String> rules = ruleIds();
        Set<String> withoutPage = new TreeSet<>(rules);
        withoutPage.removeAll(pages);
        Set<String> withoutRule = new TreeSet<>(pages);
        withoutRule.removeAll(rules);
        assertThat(withoutPage).as("rules without a page in docs/rules").isEmpty();
        assertThat(withoutRule).as("pages in docs/rules without a rule").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPage() {
        return RuleCatalog.builtIn().descriptors().stream()
                .filter(rule -> Files.exists(docsRules().resolve(rule.id() + ".md")))
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> checkPage(rule)));
    }

    private void checkPage(RuleDescriptor rule) throws IOException {
        Path file = docsRules().getParent().getParent().resolve(rule.docsPath());
        String page = Files.readString(file);
        assertThat(page).as("title").startsWith("# " + rule.id() + "\n");
        assertThat(page)
                .as("default severity")
                .contains("**Default severity:** " + rule.defaultSeverity().label());
        int at = 0;
        for (String section : SECTIONS) {
            int found = page.indexOf("\n" + section + "\n", at);
            assertThat(found).as("section '%s' (in this order)", section).isGreaterThan(0);
            at = found;
        }
        if (page.contains("\n## How to turn it off\n")) {
            assertThat(page).as("how to turn it off").contains("\"" + rule.id() + "\": \"off\"");
        }
        assertThat(RuleDocs.page(rule)).as("page shipped in the jar").contains(page);

        Path contracts = null;
        Matcher blocks = JSON_BLOCK.matcher(page);
        while (blocks.find()) {
            String block = blocks.group(1).strip();
            if (block.startsWith("{") && block.contains("\"x-datalayer\"")) {
                contracts = Files.createDirectories(temp.resolve(rule.id()));
                Files.writeString(contracts.resolve("example.json"), block);
            }
        }
        if (SpecRules.DESCRIPTORS.contains(rule)) {
            // The examples of spec.* rules are excerpts of tagging-spec pages (md, or a page's js code block), linted
            // by `datalayer-lint spec lint`, not recordings: running them as dataLayer recordings proves nothing.
            return;
        }
        List<Example> failing = examples(page, "## Failing");
        if (rule.id().matches("(schema|money|value)\\..*")) { // contract rules: their examples are JSON pushes
            assertThat(failing)
                    .as("a runnable failing example (a json block holding an array)")
                    .anyMatch(example -> example.format() == RecordingFormat.JSON);
        }
        if (!FAILING_NOT_RUN.contains(rule.id())) {
            for (Example recording : failing) {
                assertThat(run(recording, contracts, rule))
                        .as("failing example of %s:%n%s", rule.id(), recording)
                        .extracting(Finding::ruleId)
                        .contains(rule.id());
            }
        }
        for (Example recording : examples(page, "## Passing")) {
            assertThat(run(recording, contracts, rule))
                    .as("passing example of %s (no finding at warning or above):%n%s", rule.id(), recording)
                    .filteredOn(finding -> finding.severity().atLeast(Severity.WARNING))
                    .isEmpty();
        }
    }

    /** The recordings of one section: json blocks holding an array, and js blocks. */
    private static List<Example> examples(String page, String heading) {
        int start = page.indexOf("\n" + heading + "\n");
        int end = page.indexOf("\n## ", start + heading.length() + 2);
        String section = page.substring(start, end < 0 ? page.length() : end);
        List<Example> recordings = new ArrayList<>();
        Matcher blocks = RECORDING_BLOCK.matcher(section);
        while (blocks.find()) {
            String text = blocks.group(2);
            if (blocks.group(1).equals("js")) {
                recordings.add(new Example(RecordingFormat.JS, text));
            } else if (blocks.group(1).equals("ndjson")) {
                recordings.add(new Example(RecordingFormat.NDJSON, text));
            } else if (text.strip().startsWith("[")) {
                recordings.add(new Example(RecordingFormat.JSON, text));
            }
        }
        return recordings;
    }

    /**
     * Lints one example. The wall-clock limit is generous so that a busy machine never turns a script into
     * {@code input.timeout}; the statement limit, which does not depend on speed, stays the default.
     */
    private static List<Finding> run(Example recording, Path contracts, RuleDescriptor rule) {
        boolean reportsUnused = rule == InputRules.UNUSED_DIRECTIVE;
        LintProfile profile = contracts == null
                ? SHIPPED
                : profile().contractDirectory(contracts).build();
        if (reportsUnused) { // input.unused-directive reports only when asked for, as its page says
            profile = profile()
                    .rules(RuleConfig.DEFAULTS.reportingUnusedDirectives())
                    .build();
        }
        String name = "example"
                + switch (recording.format()) {
                    case JS -> ".js";
                    case NDJSON -> ".ndjson";
                    default -> ".json";
                };
        return profile.lint(name, recording.text(), recording.format()).findings().stream()
                .filter(finding -> !finding.suppressed())
                .toList();
    }
}
