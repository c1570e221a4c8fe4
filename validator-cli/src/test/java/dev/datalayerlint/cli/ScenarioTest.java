package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code src/test/resources/scenarios/*.scenario} (see {@link Scenario} for the format) through the
 * in-process command line and compares exit code, standard output, standard error and written files with the file.
 * To accept a deliberate change of the output, regenerate and review the diff:
 *
 * <pre>{@code ./mvnw -q -pl validator-cli -am verify -Dtest=ScenarioTest -Dsurefire.failIfNoSpecifiedTests=false -Dscenario.update=true}</pre>
 *
 * With {@code scenario.update=true} each scenario file is rewritten with what its run gave (and the test passes).
 */
class ScenarioTest {

    static final boolean UPDATE = Boolean.getBoolean("scenario.update");

    static Path directory() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(base, "src", "test", "resources", "scenarios");
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory())) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".scenario"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("scenario files in %s", directory()).isNotEmpty();
        return files.stream().map(file -> {
            Scenario scenario = Scenario.parse(file);
            String name = file.getFileName().toString().replaceFirst("\\.scenario$", "") + ": " + scenario.title();
            return DynamicTest.dynamicTest(name, file.toUri(), () -> run(file, scenario));
        });
    }

    private static void run(Path file, Scenario scenario) throws IOException {
        Path dir = Files.createTempDirectory("scenario-");
        try {
            for (var document : scenario.documents().entrySet()) {
                Path path = dir.resolve(document.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, document.getValue(), StandardCharsets.UTF_8);
            }
            CliRun run = CliRun.inWithStdin(
                    dir, scenario.stdin(), scenario.arguments(dir).toArray(String[]::new));
            Map<String, String> written = new LinkedHashMap<>();
            for (String name : scenario.files().keySet()) {
                Path path = dir.resolve(name);
                written.put(
                        name,
                        Files.isRegularFile(path)
                                ? normalize(Files.readString(path, StandardCharsets.UTF_8), dir)
                                : "<not written>\n");
            }
            Scenario actual =
                    scenario.withOutcome(run.exitCode(), normalize(run.out(), dir), normalize(run.err(), dir), written);
            if (UPDATE) {
                Files.writeString(file, actual.render(), StandardCharsets.UTF_8);
                return;
            }
            assertThat(actual.render())
                    .as(
                            "%s differs from what the run gave; if the change is intended, rerun with"
                                    + " -Dscenario.update=true and review the diff",
                            file.getFileName())
                    .isEqualTo(scenario.render());
        } finally {
            delete(dir);
        }
    }

    /** Machine-independent output: the scenario's folder as {dir}, the version as {version}, \n line breaks. */
    static String normalize(String text, Path dir) throws IOException {
        String normalized = text.replace("\r\n", "\n")
                .replace(dir.toRealPath().toString(), "{dir}")
                .replace(dir.toString(), "{dir}");
        String version = ToolInfo.CURRENT.version();
        if (version.matches(".*\\d.*")) { // a real version; never a word like "dev" that prose may hold
            normalized = normalized.replace(version, "{version}");
        }
        return normalized.isEmpty() || normalized.endsWith("\n") ? normalized : normalized + "\n";
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
