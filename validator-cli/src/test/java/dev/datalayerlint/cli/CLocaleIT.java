package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 10: under {@code LC_ALL=C} the JVM decodes its arguments as ASCII, so a non-ASCII path is lost
 * before {@code main}. The jar says so as a usage error (exit 2, one line, the way out); the launcher switches to
 * {@code C.UTF-8} and reads the file.
 */
@EnabledOnOs(OS.LINUX)
class CLocaleIT {

    @TempDir
    Path temp;

    private static Map<String, String> cLocale() {
        Map<String, String> environment = new HashMap<>();
        environment.put("LC_ALL", "C");
        environment.put("LANG", "C");
        environment.put("LC_CTYPE", null);
        return environment;
    }

    @Test
    void aNonAsciiPathUnderTheCLocaleIsAUsageErrorNotACrash() throws Exception {
        Files.writeString(temp.resolve("café.ndjson"), "{\"event\":\"page_view\"}\n");
        List<String> command = new ArrayList<>();
        command.add(ProcessRun.java().toString());
        command.addAll(ProcessRun.quietJvmOptions());
        command.addAll(
                List.of("-jar", RunnableJarIT.runnableJar().toAbsolutePath().toString()));
        command.addAll(List.of("validate", "café.ndjson"));

        ProcessRun run = ProcessRun.of(temp, cLocale(), command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("LC_ALL=C.UTF-8").doesNotContain("internal error");
    }
}
