package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario file format itself: sections, placeholders, quoting, and the text the update mode writes. */
class ScenarioFormatTest {

    @TempDir
    Path dir;

    private Scenario parse(String text) throws IOException {
        return Scenario.parse(Files.writeString(dir.resolve("t.scenario"), text));
    }

    @Test
    void sectionsRoundTripThroughTheUpdateMode() throws IOException {
        String text = """
                ====test====
                A title
                ====document:a/b.json====
                [1]

                ====stdin====
                x
                ====command====
                validate {document:a/b.json}
                ====status====
                1
                ====stdout====
                out

                ====stderr====
                err
                ====file:r/report.txt====
                report
                """;
        Scenario scenario = parse(text);

        assertThat(scenario.title()).isEqualTo("A title");
        assertThat(scenario.documents()).isEqualTo(Map.of("a/b.json", "[1]\n\n"));
        assertThat(scenario.stdin()).isEqualTo("x\n");
        assertThat(scenario.status()).isEqualTo(1);
        assertThat(scenario.stdout()).isEqualTo("out\n\n");
        assertThat(scenario.stderr()).isEqualTo("err\n");
        assertThat(scenario.files()).isEqualTo(Map.of("r/report.txt", "report\n"));
        assertThat(scenario.render()).isEqualTo(text);
    }

    @Test
    void placeholdersBecomePathsAndQuotesKeepAWordTogether() throws IOException {
        Scenario scenario = parse("====test====\nt\n====document:x.json====\n[]\n====command====\n"
                + "validate --output-dir {dir}/out \"a b\" 'c''d' {document:x.json}\n====status====\n0\n");

        assertThat(scenario.arguments(dir))
                .containsExactly(
                        "validate",
                        "--output-dir",
                        dir + "/out",
                        "a b",
                        "cd",
                        dir.resolve("x.json").toString());
    }

    @Test
    void mistakesInAScenarioFileAreNamed() throws IOException {
        assertThatThrownBy(() -> parse("====test====\nt\n====command====\nrules\n"))
                .hasMessageContaining("the ====status==== section is missing");
        assertThatThrownBy(() -> parse("====test====\nt\n====stdot====\n====command====\nrules\n====status====\n0\n"))
                .hasMessageContaining("unknown section ====stdot====");
        assertThatThrownBy(() -> parse("====test====\nt\n====command====\nvalidate {document:nope.json}\n"
                                + "====status====\n0\n")
                        .arguments(dir))
                .hasMessageContaining("no ====document:nope.json==== section");
        assertThatThrownBy(() -> Scenario.words("validate 'open")).hasMessageContaining("unclosed quote");
    }
}
