package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.fixtures.Expected;
import dev.datalayerlint.fixtures.Fixture;
import dev.datalayerlint.fixtures.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every shared recording of test-fixtures through the core and compares the findings with its expectations. */
class FixtureSuiteTest {

    private static final Validator VALIDATOR = Validator.create();

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        List<Fixture> fixtures = Fixtures.all();
        assertThat(fixtures).hasSizeGreaterThan(20);
        return fixtures.stream()
                .map(fixture ->
                        DynamicTest.dynamicTest(fixture.name(), fixture.file().toUri(), () -> {
                            Report report = VALIDATOR.validate(ValidationRequest.builder()
                                    .path(fixture.file())
                                    .contract(fixture.contract())
                                    .baseDirectory(Fixtures.root())
                                    .build());
                            List<Expected> actual = report.active().stream()
                                    .map(f -> new Expected(f.location().line(), f.ruleId(), f.pointer()))
                                    .sorted()
                                    .toList();
                            assertThat(actual)
                                    .as("findings of %s:%n%s", fixture.name(), report.findings())
                                    .containsExactlyElementsOf(fixture.expected());
                            List<Expected> suppressed = report.findings().stream()
                                    .filter(Finding::suppressed)
                                    .map(f -> new Expected(f.location().line(), f.ruleId(), f.pointer()))
                                    .sorted()
                                    .toList();
                            assertThat(suppressed)
                                    .as("suppressed findings of %s:%n%s", fixture.name(), report.findings())
                                    .containsExactlyElementsOf(Fixtures.suppressedExpectations(fixture.file()));
                            report.findings()
                                    .forEach(
                                            f -> assertThat(f.location().file()).isEqualTo(fixture.name()));
                        }));
    }
}
