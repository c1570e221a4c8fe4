package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub Action ({@code action.yml} at the repository root): its YAML is well formed, every input it uses is
 * declared and documented in the README, and its lint step, run by bash as a runner would, validates, prints the
 * annotations and sets its outputs.
 */
class GithubActionIT {

    private static final Path ACTION = ProcessRun.root().resolve("action.yml");
    private static final Pattern INPUT = Pattern.compile("inputs\\.([a-z-]+)");

    private static JsonNode action() {
        return YAMLMapper.builder().build().readTree(ACTION.toFile());
    }

    @Test
    void isACompositeActionWhoseInputsAreDeclaredAndDocumented() throws IOException {
        JsonNode action = action();
        assertThat(action.path("runs").path("using").asString()).isEqualTo("composite");
        Set<String> declared = new TreeSet<>(action.path("inputs").propertyNames());
        Set<String> used = new TreeSet<>();
        Matcher uses = INPUT.matcher(Files.readString(ACTION));
        while (uses.find()) {
            used.add(uses.group(1));
        }
        assertThat(declared).containsAll(used);
        String readme = Files.readString(ProcessRun.root().resolve("README.md"));
        for (String input : declared) {
            assertThat(action.path("inputs").path(input).path("description").asString())
                    .isNotBlank();
            assertThat(readme).as("README documents input " + input).contains("| `" + input + "` |");
        }
        for (JsonNode step : action.path("runs").path("steps")) {
            assertThat(step.has("uses") || step.path("shell").asString().equals("bash"))
                    .as("a run step names its shell, as composite actions require: " + step)
                    .isTrue();
        }
    }

    @Test
    void theLintStepValidatesAnnotatesAndSetsItsOutputs(@TempDir Path runner) throws IOException {
        Path actionPath = Files.createDirectories(runner.resolve("action"));
        Path launcher = actionPath.resolve("datalayer-lint");
        List<String> java = new ArrayList<>(List.of(ProcessRun.java().toString()));
        java.addAll(ProcessRun.quietJvmOptions());
        Files.writeString(
                launcher,
                "#!/usr/bin/env bash\nexec " + String.join(" ", java) + " -jar "
                        + RunnableJarIT.runnableJar().toAbsolutePath() + " \"$@\"\n");
        launcher.toFile().setExecutable(true);
        Path output = runner.resolve("github-output");
        Files.writeString(output, "");
        String script = lintStep().path("run").asString();

        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTION_PATH", actionPath.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put(
                "DLL_PATHS",
                "test-fixtures/recordings/refund/broken-currency-lowercase.json\n"
                        + "test-fixtures/recordings/refund/valid-full-refund.json");
        env.put("DLL_CONFIG", "");
        env.put("DLL_CONTRACTS", "");
        env.put("DLL_FAIL_ON", "error");
        env.put("DLL_OUTPUT_DIR", runner.resolve("reports").toString());
        ProcessRun run = ProcessRun.of(ProcessRun.root(), env, List.of("bash", "-c", script));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("::error file=test-fixtures/recordings/refund/broken-currency-lowercase.json,")
                .contains("schema.pattern");
        assertThat(Files.readString(output))
                .contains("exit-code=1\n")
                .contains("sarif-file=" + runner.resolve("reports/report.sarif"));
        assertThat(runner.resolve("reports/report.sarif")).content().contains("\"version\" : \"2.1.0\"");
    }

    private static JsonNode lintStep() {
        for (JsonNode step : action().path("runs").path("steps")) {
            if ("lint".equals(step.path("id").asString())) {
                return step;
            }
        }
        throw new AssertionError("action.yml has no step with id lint");
    }
}
