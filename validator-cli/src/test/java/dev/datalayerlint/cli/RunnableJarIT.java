package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code java -jar datalayer-lint-<version>.jar} must behave exactly like the in-process command line (which the
 * launcher runs): same report, same diagnostics, same exit code, JavaScript recordings included, because the shaded
 * jar has to keep GraalJS's services and Multi-Release classes intact.
 */
class RunnableJarIT {

    static Path runnableJar() {
        return Path.of(System.getProperty("datalayer.jar", "target/datalayer-lint.jar"));
    }

    @Test
    void theJarIsWhereTheDocsSayAndRunnable() {
        assertThat(runnableJar()).isRegularFile();
        assertThat(runnableJar().getFileName().toString()).matches("datalayer-lint-\\d+\\.\\d+\\.\\d+.*\\.jar");
    }

    /** No class file the old verifier alone checks: the AOT cache could not hold it (build-tools, ClassFileUpgrade). */
    @Test
    void everyClassFileIsJava6OrNewer() throws IOException {
        List<String> old = new ArrayList<>();
        try (ZipFile jar = new ZipFile(runnableJar().toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    byte[] head = jar.getInputStream(entry).readNBytes(8);
                    if (((head[6] & 0xFF) << 8 | head[7] & 0xFF) < 50) {
                        old.add(entry.getName());
                    }
                }
            }
        }
        assertThat(old).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> sameOutputAsInProcess() {
        return Stream.of(
                        List.of("validate", "test-fixtures/recordings/refund"),
                        List.of("validate", "--format", "json", "test-fixtures/recordings/session"),
                        List.of("validate", "--format", "sarif", "test-fixtures/recordings/js"),
                        List.of("contracts", "show", "ga4/refund"),
                        List.of("validate", "no-such-recording.json"),
                        List.of("rules"),
                        List.of("--version"))
                .map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> compare(args)));
    }

    private static void compare(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessRun.java().toString());
        command.addAll(ProcessRun.quietJvmOptions());
        command.addAll(List.of("-jar", runnableJar().toAbsolutePath().toString()));
        command.addAll(args);
        ProcessRun jar = ProcessRun.of(ProcessRun.root(), Map.of(), command);
        CliRun inProcess = CliRun.in(ProcessRun.root(), args.toArray(String[]::new));
        assertThat(jar.asCliRun()).isEqualTo(inProcess);
    }
}
