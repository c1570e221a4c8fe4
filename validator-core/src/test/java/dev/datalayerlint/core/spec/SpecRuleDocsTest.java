package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the {@code spec.*} rule pages are executable, as the other rules' are in {@code RuleDocsTest}: each
 * {@code md} block under "Failing" is a small spec page that {@code spec lint} must report the rule on, and each under
 * "Passing" must give no finding at warning or above. A block whose first line is {@code <!-- page: PATH -->} is
 * written at {@code PATH} of the example's folder (a page another one links to); the others are the page itself.
 */
class SpecRuleDocsTest {

    /** An {@code md} block, fenced by three backticks or (when it holds a code block itself) four. */
    private static final Pattern MD_BLOCK = Pattern.compile("(?m)^(````?)md\\n(.*?)\\n\\1$", Pattern.DOTALL);

    private static final Pattern PAGE_NAME = Pattern.compile("^<!-- page: (\\S+) -->\\n");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySpecRulePage() {
        return SpecRules.DESCRIPTORS.stream()
                .filter(rule -> rule != SpecRules.UNREADABLE) // a page that is not UTF-8 cannot be shown in Markdown
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> check(rule)));
    }

    private void check(RuleDescriptor rule) throws Exception {
        String page = Files.readString(docsRules().resolve(rule.id() + ".md"));
        List<Finding> failing = lint(rule, "failing", section(page, "## Failing"));
        assertThat(failing)
                .as("the Failing example of %s reports it; findings: %s", rule.id(), failing)
                .extracting(Finding::ruleId)
                .contains(rule.id());
        List<Finding> passing = lint(rule, "passing", section(page, "## Passing"));
        assertThat(passing)
                .as("the Passing example of %s gives no finding at warning or above", rule.id())
                .filteredOn(f -> f.severity().atLeast(Severity.WARNING))
                .isEmpty();
    }

    /** Writes the section's pages into a folder of their own and lints the folder. */
    private List<Finding> lint(RuleDescriptor rule, String kind, List<String> pages) throws Exception {
        assertThat(pages).as("%s: an md example under %s", rule.id(), kind).isNotEmpty();
        Path folder = Files.createDirectories(temp.resolve(rule.id()).resolve(kind));
        for (String text : pages) {
            Matcher name = PAGE_NAME.matcher(text);
            Path file = folder.resolve(name.lookingAt() ? name.group(1) : "page.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        }
        return new SpecRun(folder).lint(List.of(folder)).findings();
    }

    private static List<String> section(String page, String heading) {
        int start = page.indexOf("\n" + heading + "\n");
        assertThat(start).as("section %s", heading).isPositive();
        int end = page.indexOf("\n## ", start + heading.length() + 2);
        while (end > 0 && insideBlock(page, start, end)) {
            end = page.indexOf("\n## ", end + 4);
        }
        String section = page.substring(start, end < 0 ? page.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher m = MD_BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(m.group(2));
        }
        return blocks;
    }

    /** True when {@code at} lies inside a fenced block that opened after {@code from}. */
    private static boolean insideBlock(String page, int from, int at) {
        Matcher m = MD_BLOCK.matcher(page.substring(from));
        while (m.find()) {
            if (from + m.start() < at && at < from + m.end()) {
                return true;
            }
        }
        return false;
    }

    private static Path docsRules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/rules");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/rules not found above " + Path.of("").toAbsolutePath());
    }
}
