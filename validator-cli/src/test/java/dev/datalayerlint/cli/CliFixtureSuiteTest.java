package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.Expected;
import dev.datalayerlint.fixtures.Fixture;
import dev.datalayerlint.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every shared recording through the command line, in process, and reads the JSON report back: the same
 * expectations as the core suite, plus the exit code the CI would see.
 */
class CliFixtureSuiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyFixtureThroughTheCli() {
        return Fixtures.all().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> check(fixture)));
    }

    private static void check(Fixture fixture) {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        if (fixture.contract() != null) {
            args.addAll(List.of("--contract", fixture.contract()));
        }
        args.add(fixture.file().toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.err()).as("stderr").isEmpty();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("version").asInt()).isEqualTo(2);
        List<Expected> actual = new ArrayList<>();
        boolean errors = false;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("suppressed").asBoolean(false)) {
                continue;
            }
            actual.add(new Expected(
                    finding.path("line").asInt(),
                    finding.path("rule").asString(),
                    finding.path("pointer").asString()));
            errors |= "error".equals(finding.path("severity").asString());
        }
        actual.sort(null);
        assertThat(actual).as(run.out()).containsExactlyElementsOf(fixture.expected());
        assertThat(run.exitCode()).isEqualTo(errors ? ExitCode.FINDINGS : ExitCode.OK);
    }
}
