package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.fixtures.Expected;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suppression fixtures ({@code test-fixtures/recordings/suppressions/*.js}) without a JavaScript engine: every
 * finding a fixture expects on a line with a {@code push(} call, active or suppressed, is placed there, and the recording's comments must suppress exactly the ones marked {@code expect-suppressed}. The fixture
 * suite checks the same files end to end once JavaScript recordings are read.
 */
class SuppressionFixturesTest {

    @TestFactory
    Stream<DynamicTest> suppressionFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Fixtures.root().resolve("suppressions"))) {
            files = list.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        // A finding on a field's own line of a push written over several lines is covered through its push's line,
        // which only the engine knows: the fixture suite checks those end to end.
        List<Expected> suppressed = Fixtures.suppressedExpectations(file).stream()
                .filter(e -> lines.get(e.line() - 1).contains("push("))
                .toList();
        List<Expected> all = new ArrayList<>(Fixtures.expectations(file));
        all.addAll(suppressed);
        all.removeIf(e -> !lines.get(e.line() - 1).contains("push("));
        assertThat(suppressed).isNotEmpty();
        List<Finding> findings = new ArrayList<>();
        for (Expected e : all) {
            int column = lines.get(e.line() - 1).indexOf("push(") + 1;
            findings.add(Finding.builder(
                            e.rule(),
                            Severity.ERROR,
                            "m",
                            new SourceLocation(file.getFileName().toString(), e.line(), column))
                    .pointer(e.pointer())
                    .push(0)
                    .event("refund")
                    .build());
        }
        Suppressions.parse(Files.readString(file)).applyTo(findings);
        List<Expected> actual = findings.stream()
                .filter(Finding::suppressed)
                .map(f -> new Expected(f.location().line(), f.ruleId(), f.pointer()))
                .sorted()
                .toList();
        assertThat(actual).containsExactlyElementsOf(suppressed);
    }
}
