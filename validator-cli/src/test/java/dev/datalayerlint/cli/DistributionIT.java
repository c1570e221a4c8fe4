package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distribution archive, unpacked as a user would, runs {@code bin/datalayer-lint} with the same output as the
 * in-process CLI, finding its Java 21+ the way {@code ./datalayer-lint} does: a stale JAVA_HOME is passed over. The
 * launcher's start-up work is checked too: one AOT cache per kind however the script is named, and a non-ASCII path
 * read under a locale the JVM would decode as ASCII.
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

    @Test
    void keepsOneAotCacheOfAKindWhicheverWayItIsStarted(@TempDir Path cache) throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Map<String, String> environment = withAotCacheIn(cache);
        String fixture = ProcessRun.root()
                .resolve("test-fixtures/recordings/refund/valid-full-refund.json")
                .toString();
        // The jar's path is part of the cache's key: by its full name, as ./bin/..., and as ../bin/... from lib.
        List<ProcessRun> runs = List.of(
                ProcessRun.of(
                        home,
                        environment,
                        List.of(home.resolve("bin/datalayer-lint").toString(), "validate", fixture)),
                ProcessRun.of(home, environment, List.of("./bin/datalayer-lint", "validate", fixture)),
                ProcessRun.of(home.resolve("lib"), environment, List.of("../bin/datalayer-lint", "validate", fixture)));

        for (ProcessRun run : runs) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(runs.get(0).out());
        }
        try (var files = Files.list(cache.resolve("datalayer-lint"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .singleElement()
                    .satisfies(name -> assertThat(name).endsWith("-json.aot"));
        }
    }

    /**
     * The cache a script's run takes holds the script engine: its training must run a script in the sandbox, which a
     * script of literal pushes no longer does.
     */
    @Test
    void theScriptCacheHoldsTheScriptEngine(@TempDir Path cache) throws IOException {
        assertThat(classesLoadedWithACache(cache, "test-fixtures/recordings/js/refund-broken.js", 1))
                .anySatisfy(
                        line -> assertThat(line).contains(" org.graalvm.polyglot.Context source: shared objects file"));
    }

    /**
     * picocli's classes come from the cache: the build raises their Java 5 class files, which a cache cannot link,
     * to Java 8 (build-tools, ClassFileUpgrade).
     */
    @Test
    void theJsonCacheHoldsPicocli(@TempDir Path cache) throws IOException {
        assertThat(classesLoadedWithACache(cache, "test-fixtures/recordings/refund/valid-full-refund.json", 0))
                .anySatisfy(line -> assertThat(line).contains(" picocli.CommandLine source: shared objects file"))
                .noneSatisfy(line -> assertThat(line).containsPattern(" picocli\\.\\S+ source: (jar|file):"));
    }

    /**
     * The JVM's class-load log of the distribution validating {@code fixture} (exiting with {@code exitCode}) on its
     * second run, the first having built the AOT cache in {@code cache}.
     */
    private List<String> classesLoadedWithACache(Path cache, String fixture, int exitCode) throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Map<String, String> environment = withAotCacheIn(cache);
        List<String> command = List.of(
                home.resolve("bin/datalayer-lint").toString(),
                "validate",
                ProcessRun.root().resolve(fixture).toString());
        assertThat(ProcessRun.of(home, environment, command).exitCode()).isEqualTo(exitCode); // builds the cache

        Path log = cache.resolve("classes.log");
        environment.put("DATALAYER_LINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        assertThat(ProcessRun.of(home, environment, command).exitCode()).isEqualTo(exitCode);
        return Files.readAllLines(log);
    }

    /**
     * A run that reads no script gets a young generation of a sixth of the heap (50 MB less memory at 1M pushes); a
     * script's run keeps the JVM's default. Both launchers, the distribution's and the checkout's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"distribution", "checkout"})
    void onlyARunWithoutScriptsGetsTheSmallerYoungGeneration(String which) {
        String launcher = which.equals("distribution")
                ? home.resolve("bin/datalayer-lint").toString()
                : ProcessRun.root().resolve("datalayer-lint").toString();
        assertThat(jvmFlags(launcher, "test-fixtures/recordings/refund/valid-full-refund.json"))
                .contains("-XX:NewRatio=5");
        assertThat(jvmFlags(launcher, "test-fixtures/recordings/js/gtag.js")).doesNotContain("-XX:NewRatio");
    }

    /** The JVM's command-line flags as the launcher set them, for a run of {@code validate fixture}. */
    private String jvmFlags(String launcher, String fixture) {
        Map<String, String> environment = pathWithTestJava();
        environment.put("JAVA_HOME", ProcessRun.java().getParent().getParent().toString());
        environment.put("DATALAYER_LINT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        environment.put("DATALAYER_LINT_AOT", "0");
        ProcessRun run = ProcessRun.of(
                ProcessRun.root(),
                environment,
                List.of(launcher, "validate", "--format", "json", "--fail-on", "never", fixture));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out()
                .lines()
                .filter(line -> line.startsWith("-XX:"))
                .findFirst()
                .orElseThrow();
    }

    /** The C locale, and a UTF-8 locale that is named but not installed: the C library falls back to ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"C", "xx_XX.UTF-8"})
    void readsANonAsciiPathUnderALocaleTheJvmWouldReadAsAscii(String locale, @TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("café.ndjson"), "{\"event\":\"page_view\"}\n");
        Map<String, String> environment = pathWithTestJava();
        environment.put("JAVA_HOME", ProcessRun.java().getParent().getParent().toString());
        environment.put("LC_ALL", locale);
        environment.put("LANG", locale);
        environment.put("LC_CTYPE", null);

        ProcessRun run = ProcessRun.of(
                folder,
                environment,
                List.of(home.resolve("bin/datalayer-lint").toString(), "validate", "--format", "json", "café.ndjson"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"pushes\" : 1");
    }

    private static Map<String, String> pathWithTestJava() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", ProcessRun.java().getParent() + ":/usr/bin:/bin");
        return environment;
    }

    /** The test's JDK 25+ as JAVA_HOME, and {@code cache} as the cache folder the launcher keeps its AOT caches in. */
    private static Map<String, String> withAotCacheIn(Path cache) {
        Map<String, String> environment = pathWithTestJava();
        environment.put("JAVA_HOME", ProcessRun.java().getParent().getParent().toString());
        environment.put("XDG_CACHE_HOME", cache.toString());
        return environment;
    }

    private static ProcessRun launch(Map<String, String> environment) {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/datalayer-lint").toString()));
        command.addAll(List.of(REFUND));
        return ProcessRun.of(ProcessRun.root(), environment, command);
    }
}
