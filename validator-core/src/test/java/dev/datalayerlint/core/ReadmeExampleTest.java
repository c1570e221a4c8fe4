package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the Java API example of the README, and checks the README still shows exactly this code. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        // readme-example:start
        // In a Selenium test: String dump = (String) driver.executeScript("return JSON.stringify(window.dataLayer)");
        String dump = """
                [{"ecommerce": null},
                 {"event": "refund", "ecommerce": {"transaction_id": "T1", "currency": "usd", "value": 7.77}}]""";
        LintProfile profile = LintProfile.defaults(); // compiled once, thread-safe: keep one per test suite
        RecordingResult result = profile.lint("checkout refund", dump, RecordingFormat.JSON);
        Finding first = result.findings().get(0);
        assertThat(result.failsAt(Severity.ERROR)).isTrue();
        assertThat(first.pointer()).isEqualTo("/ecommerce/currency");
        assertThat(first.message()).isEqualTo("currency \"usd\" must be a 3-letter upper-case ISO 4217 code");
        // readme-example:end
        // at the key of the field, not at the push
        assertThat(first.location()).isEqualTo(new SourceLocation("checkout refund", 2, 60));
    }

    @Test
    void readmeShowsThisExample() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/datalayerlint/core/ReadmeExampleTest.java"));
        String example = source.substring(
                source.indexOf("// readme-example:start") + "// readme-example:start".length(),
                source.indexOf("        // readme-example:end"));
        String code = example.lines()
                .map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(code);
    }
}
