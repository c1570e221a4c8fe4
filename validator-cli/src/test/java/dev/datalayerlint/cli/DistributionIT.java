package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, unpacked as a user would, runs {@code bin/datalayer-lint} with the same output as the
 * in-process CLI, finding its Java 21+ the way {@code ./datalayer-lint} does: a stale JAVA_HOME is passed over.
 */
class DistributionIT {

    private static final String[] REFUND = {"validate", "test-fixtures/recordings/refund"};

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpackTheTarball() throws IOException {
        Path tarball = archive(".tar.gz");
        ProcessRun tar = ProcessRun.of(
                unpacked,
                Map.of(),
                List.of("tar", "-xzf", tarball.toAbsolutePath().toString()));
        assertThat(tar.exitCode()).as(tar.err()).isZero();
        try (var entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow();
        }
    }

    private static Path archive(String extension) {
        return Path.of(System.getProperty("datalayer.dist", "target/datalayer-lint-dist") + extension);
    }

    @Test
    void holdsLaunchersJarReadmeAndLicense() throws IOException {
        assertThat(home.getFileName().toString()).startsWith("datalayer-lint-");
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License");
        assertThat(home.resolve("bin/datalayer-lint.cmd")).isRegularFile();
        assertThat(home.resolve("bin/find-jdk.sh"))
                .hasSameTextualContentAs(ProcessRun.root().resolve(".mvn/find-jdk.sh"));
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/datalayer-lint")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        try (var lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()))
                    .containsExactly(RunnableJarIT.runnableJar().getFileName().toString());
        }
    }

    @Test
    void theZipHoldsTheSameFiles() throws IOException {
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive(".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        List<String> tarred = new ArrayList<>();
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> tarred.add(home.getParent().relativize(f).toString()));
        }
        Collections.sort(zipped);
        Collections.sort(tarred);
        assertThat(zipped).isEqualTo(tarred);
    }

    @Test
    void runsWithTheJavaOnThePath() {
        Map<String, String> environment = pathWithTestJava();
        environment.put("JAVA_HOME", null);
        assertThat(launch(environment).asCliRun()).isEqualTo(CliRun.in(ProcessRun.root(), REFUND));
    }

    @Test
    void passesOverAJavaHomeOlderThan21(@TempDir Path old) throws IOException {
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
        Path java = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho 'not this one' >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        Map<String, String> environment = pathWithTestJava();
        environment.put("JAVA_HOME", old.toString());
        assertThat(launch(environment).asCliRun()).isEqualTo(CliRun.in(ProcessRun.root(), REFUND));
    }

    private static Map<String, String> pathWithTestJava() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", ProcessRun.java().getParent() + ":/usr/bin:/bin");
        return environment;
    }

    private static ProcessRun launch(Map<String, String> environment) {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/datalayer-lint").toString()));
        command.addAll(List.of(REFUND));
        return ProcessRun.of(ProcessRun.root(), environment, command);
    }
}
