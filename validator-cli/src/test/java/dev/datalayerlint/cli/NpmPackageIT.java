package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm package, packed with {@code npm pack} and run with {@code npm exec --package=<tarball>}, offline (a
 * private npm cache, no registry), gives the same report as the in-process CLI. Skipped when npm is not installed,
 * unless {@code DATALAYER_LINT_REQUIRE_NPM} is set (as {@code .ci/run} does).
 */
class NpmPackageIT {

    private static final String[] REFUND = {"validate", "test-fixtures/recordings/refund"};

    @TempDir
    static Path work;

    private static Path tarball;

    @BeforeAll
    static void pack() throws IOException {
        boolean npm = ProcessRun.of(work, Map.of(), List.of("sh", "-c", "command -v npm"))
                        .exitCode()
                == 0;
        if (System.getenv("DATALAYER_LINT_REQUIRE_NPM") == null) {
            assumeThat(npm).as("npm on PATH").isTrue();
        }
        Path packageDir = Path.of(System.getProperty("datalayer.npm", "target/npm"));
        ProcessRun pack =
                ProcessRun.of(packageDir, offline(), List.of("npm", "pack", "--pack-destination", work.toString()));
        assertThat(pack.exitCode()).as(pack.err()).isZero();
        try (var files = Files.list(work)) {
            tarball = files.filter(f -> f.getFileName().toString().endsWith(".tgz"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** npm with its own cache and no registry: a local tarball needs neither. */
    private static Map<String, String> offline() {
        Map<String, String> environment = new HashMap<>();
        environment.put("npm_config_cache", work.resolve("npm-cache").toString());
        environment.put("npm_config_offline", "true");
        environment.put("npm_config_update_notifier", "false");
        environment.put("npm_config_fund", "false");
        environment.put("npm_config_audit", "false");
        environment.put("npm_config_loglevel", "error");
        return environment;
    }

    @Test
    void theTarballIsNamedForThePackageAndVersion() {
        String jar = RunnableJarIT.runnableJar().getFileName().toString();
        String version = jar.substring("datalayer-lint-".length(), jar.length() - ".jar".length());
        assertThat(tarball.getFileName().toString()).isEqualTo("datalayer-lint-" + version + ".tgz");
    }

    @Test
    void npmExecRunsTheSameReportAsTheCli() {
        List<String> command =
                new ArrayList<>(List.of("npm", "exec", "--yes", "--package=" + tarball, "--", "datalayer-lint"));
        command.addAll(List.of(REFUND));
        ProcessRun npm = ProcessRun.of(ProcessRun.root(), offline(), command);
        assertThat(npm.asCliRun()).isEqualTo(CliRun.in(ProcessRun.root(), REFUND));
    }

    @Test
    void passesOverAJavaHomeOlderThan21(@TempDir Path old) throws IOException {
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
        Files.writeString(old.resolve("bin/java"), "#!/bin/sh\nexit 99\n")
                .toFile()
                .setExecutable(true);
        Map<String, String> environment = offline();
        environment.put("JAVA_HOME", old.toString());
        environment.put("PATH", ProcessRun.java().getParent() + ":" + System.getenv("PATH"));
        List<String> command =
                new ArrayList<>(List.of("npm", "exec", "--yes", "--package=" + tarball, "--", "datalayer-lint"));
        command.addAll(List.of(REFUND));
        assertThat(ProcessRun.of(ProcessRun.root(), environment, command).asCliRun())
                .isEqualTo(CliRun.in(ProcessRun.root(), REFUND));
    }
}
