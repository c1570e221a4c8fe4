package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promise of the Java API: one {@link LintProfile}, built once, lints recordings held in memory from many
 * threads at once and gives exactly what the command line reports for the same files.
 */
class SharedProfileTest {

    private static final List<String> FOLDERS =
            List.of("ecommerce", "refund", "session", "model", "capture", "suppressions", "js");

    private static final int RECORDINGS = 1_000;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a hang, never a speed check
    void oneProfileLintsAThousandRecordingsFromSeveralThreadsAsTheCliDoes() throws Exception {
        Path root = Fixtures.root();
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--fail-on", "never"));
        args.addAll(FOLDERS);
        CliRun cli = CliRun.in(root, args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Map<String, List<String>> expected = byFile(JsonMapper.shared().readTree(cli.out()));

        List<Path> files = recordings(root);
        assertThat(files).hasSizeGreaterThan(20);
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Files.readString(file));
        }
        LintProfile profile = LintProfile.defaults();
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        List<Future<?>> runs = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < RECORDINGS; i++) {
                int n = i % files.size();
                String name = root.relativize(files.get(n)).toString();
                runs.add(threads.submit(() -> {
                    RecordingResult result = profile.lint(name, texts.get(n), format(name));
                    List<String> found = result.findings().stream()
                            .map(SharedProfileTest::line)
                            .toList();
                    List<String> earlier = seen.putIfAbsent(name, found);
                    assertThat(earlier == null ? found : earlier).as(name).isEqualTo(found);
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(seen.keySet()).hasSize(files.size()).containsAll(expected.keySet());
        for (String name : seen.keySet()) {
            assertThat(seen.get(name)).as(name).isEqualTo(expected.getOrDefault(name, List.of()));
        }
    }

    private static List<Path> recordings(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(p -> p.toString().matches(".*\\.(json|ndjson|js)$"))
                        .filter(p -> !p.getFileName().toString().startsWith("datalayer-lint."))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static RecordingFormat format(String name) {
        return name.endsWith(".js")
                ? RecordingFormat.JS
                : name.endsWith(".ndjson") ? RecordingFormat.NDJSON : RecordingFormat.JSON;
    }

    private static String line(Finding f) {
        return f.location().line() + ":" + f.location().column() + " "
                + f.severity().label() + " " + f.ruleId() + " " + f.pointer() + " " + f.message()
                + (f.suppressed() ? " suppressed" : "");
    }

    private static Map<String, List<String>> byFile(JsonNode report) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (JsonNode f : report.path("findings")) {
            byFile.computeIfAbsent(f.path("file").asString(), k -> new ArrayList<>())
                    .add(f.path("line").asInt() + ":" + f.path("column").asInt() + " "
                            + f.path("severity").asString()
                            + " " + f.path("rule").asString() + " "
                            + f.path("pointer").asString() + " "
                            + f.path("message").asString()
                            + (f.path("suppressed").asBoolean(false) ? " suppressed" : ""));
        }
        return byFile;
    }
}
