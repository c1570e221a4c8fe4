package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run loads is most of its start-up time, so the runnable jar is started as a user would and the JVM's own
 * class-loading log is read: a run over JSON recordings loads no GraalJS class (the script engine is only for
 * {@code .js}), and one whose pushes all pass the compiled contract check, or fail it in ways the compiled schema
 * explains, loads nothing of networknt (it is set up on the first push only it can explain), nor does a script of
 * literal pushes, which is read as data. The opposite cases prove
 * the log sees those libraries when they are used.
 */
class StartupClassesIT {

    @TempDir
    Path temp;

    private List<String> loadedBy(String... args) throws IOException {
        Path log = temp.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessRun.java().toString());
        command.addAll(ProcessRun.quietJvmOptions());
        command.add("-Xlog:class+load=info:file=" + log);
        command.addAll(
                List.of("-jar", RunnableJarIT.runnableJar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.of(ProcessRun.root(), Map.of(), command);
        assertThat(run.err()).isEmpty();
        // "[0.012s][info][class,load] java.lang.Object source: shared objects file": the class name is field 2.
        return Files.readAllLines(log).stream()
                .map(line -> line.substring(line.indexOf(']', line.indexOf("class,load")) + 2))
                .map(rest -> rest.split(" ", 2)[0])
                .toList();
    }

    private static long from(List<String> classes, String... packages) {
        return classes.stream()
                .filter(name -> List.of(packages).stream().anyMatch(name::startsWith))
                .count();
    }

    @Test
    void aPassingJsonRunLoadsNeitherTheScriptEngineNorNetworknt() throws IOException {
        List<String> classes = loadedBy(
                "validate",
                "--no-config",
                "--format",
                "json",
                "test-fixtures/recordings/refund/valid-full-refund.json",
                "test-fixtures/recordings/refund/valid-jpy.json");

        assertThat(classes).contains("dev.datalayerlint.cli.ValidateCommand");
        assertThat(from(classes, "org.graalvm.", "com.oracle.truffle.")).isZero();
        assertThat(from(classes, "com.networknt.")).isZero();
    }

    @Test
    void aFailingPushTheCompiledSchemaExplainsLoadsNeitherNetworkntNorTheScriptEngine() throws IOException {
        List<String> classes =
                loadedBy("validate", "--no-config", "test-fixtures/recordings/refund/broken-currency-lowercase.json");

        assertThat(from(classes, "com.networknt.")).isZero();
        assertThat(from(classes, "org.graalvm.", "com.oracle.truffle.")).isZero();
    }

    @Test
    void aFailureLeftToNetworkntSetsItUpButStillNoScriptEngine() throws IOException {
        // A number beyond the long range is handed to networknt as a big integer, and networknt words the failure.
        Path huge = Files.writeString(
                temp.resolve("huge.json"),
                "[{\"ecommerce\": null}, {\"event\": \"refund\", \"ecommerce\": {\"transaction_id\": \"T1\","
                        + " \"currency\": \"usd\", \"value\": 1e300}}]");
        List<String> classes = loadedBy("validate", "--no-config", huge.toString());

        assertThat(from(classes, "com.networknt.")).isPositive();
        assertThat(from(classes, "org.graalvm.", "com.oracle.truffle.")).isZero();
    }

    @Test
    void aScriptThatMustRunLoadsTheScriptEngine() throws IOException {
        List<String> classes = loadedBy("validate", "--no-config", "test-fixtures/recordings/js/refund-broken.js");

        assertThat(from(classes, "org.graalvm.polyglot.")).isPositive();
    }

    @Test
    void theGtagSnippetsPageIsReadWithoutTheScriptEngine() throws IOException {
        List<String> classes = loadedBy("validate", "--no-config", "test-fixtures/recordings/js/gtag.js");

        assertThat(classes).contains("dev.datalayerlint.core.recording.LiteralScript");
        assertThat(from(classes, "org.graalvm.", "com.oracle.truffle.")).isZero();
    }

    @Test
    void aScriptOfLiteralPushesIsReadWithoutTheScriptEngine() throws IOException {
        List<String> classes = loadedBy("validate", "--no-config", "test-fixtures/recordings/js/refund-page.js");

        assertThat(classes).contains("dev.datalayerlint.core.recording.LiteralScript");
        assertThat(from(classes, "org.graalvm.", "com.oracle.truffle.")).isZero();
    }
}
