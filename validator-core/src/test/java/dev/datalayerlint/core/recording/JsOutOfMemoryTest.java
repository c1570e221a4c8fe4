package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A script that exhausts the heap, in a JVM of its own with a small heap (see {@link OutOfMemoryProbe}). */
class JsOutOfMemoryTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
    void runningOutOfMemoryIsReportedAsSuchAtTheLastPush() throws IOException, InterruptedException {
        String script = """
                dataLayer.push({event: 'first'});
                dataLayer.push({event: 'second'});
                var hoard = [];
                for (;;) { hoard.push(new Array(1000000).fill(1.5)); }
                """;
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx160m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        OutOfMemoryProbe.class.getName(),
                        script)
                .redirectError(ProcessBuilder.Redirect.DISCARD) // the JDK's warnings about GraalJS
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor()).as(output).isZero();

        assertThat(output.lines())
                .as(output)
                .containsExactly(
                        "pushes 2",
                        "input.limit|2|script ran out of memory after its push at line 2 and was stopped;"
                                + " the pushes before it were checked");
    }
}
