package dev.datalayerlint.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One rule concept: a rule id is written once, as the id of its {@link RuleDescriptor}, and everything else refers
 * to the descriptor. So a mistyped id cannot compile, and renaming a rule is one edit.
 */
class RuleIdLiteralTest {

    /** The main sources of every module that can emit or name a rule. */
    private static final List<Path> SOURCES = List.of(
            Path.of("src", "main", "java"),
            Path.of("..", "validator-cli", "src", "main", "java"),
            Path.of("..", "validator-maven-plugin", "src", "main", "java"));

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern DEFINITION = Pattern.compile("new\\s+RuleDescriptor\\(\\s*$");

    @Test
    void ruleIdsAreWrittenOnlyWhereTheirDescriptorIsDefined() throws IOException {
        Set<String> ids = RuleCatalog.builtIn().descriptors().stream()
                .map(RuleDescriptor::id)
                .collect(Collectors.toSet());
        assertThat(ids).contains("input.syntax", "schema.pattern", "refund.partial-needs-items");
        List<String> literals = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    literals.addAll(stray(file, Files.readString(file), ids));
                }
            }
        }
        assertThat(literals)
                .as("rule ids written as string literals: refer to the rule's descriptor constant instead")
                .isEmpty();
    }

    @Test
    void aStrayLiteralIsCaught() {
        Set<String> ids = Set.of("input.syntax");
        String source = """
                static final RuleDescriptor SYNTAX = new RuleDescriptor(
                        "input.syntax", "The recording is not valid JSON", Severity.ERROR);
                void read() { sink.problem("input.syntax", "bad", here); }
                """;
        assertThat(stray(Path.of("Reader.java"), source, ids)).containsExactly("Reader.java:3 \"input.syntax\"");
    }

    private static List<String> stray(Path file, String source, Set<String> ids) {
        List<String> found = new ArrayList<>();
        Matcher m = STRING.matcher(source);
        while (m.find()) {
            if (ids.contains(m.group(1))
                    && !DEFINITION.matcher(source.substring(0, m.start())).find()) {
                int line = (int) source.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                found.add(file + ":" + line + " \"" + m.group(1) + "\"");
            }
        }
        return found;
    }
}
