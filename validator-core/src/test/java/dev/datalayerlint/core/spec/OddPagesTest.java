package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad or odd pages give findings, never an exception. */
class OddPagesTest {

    @TempDir
    Path dir;

    private Report lint(String name, byte[] content) throws Exception {
        Files.write(dir.resolve(name), content);
        return new SpecRun(dir).lint(List.of(dir.resolve(name)));
    }

    private Report lint(String name, String content) throws Exception {
        return lint(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void oddPagesAreReadWithoutException() throws Exception {
        String[] pages = {
            "",
            "```js\n",
            "```js\ndataLayer.push({a: [1, {b: `x${1}`}], ...rest, [k]: 1, m() {}, 'q': -2, r: /re\"/});\n```\n",
            "| Field |\n| --- |\n",
            "| Field | Type |\n| --- | --- |\n| | |\n| a |\n| b | string | extra | cells |\n",
            "# T\r\n\r\n## Code\r\n\r\n```js\r\ndataLayer.push({\r\n  event: \"e\",\r\n  a: \"<a>\" // REQUIRED | string | min.\r\n});\r\n```\r\n",
            "```js\ndataLayer.push(" + "{a:".repeat(200) + "1" + "}".repeat(200) + ");\n```\n",
            "```js\ndataLayer.push({a: 'unterminated\n```\n",
        };
        for (int i = 0; i < pages.length; i++) {
            String name = "p" + i + ".md";
            Report report = lint(name, pages[i]);
            assertThat(report.findings())
                    .allSatisfy(f -> assertThat(f.location().file()).isEqualTo(name));
        }
    }

    @Test
    void aPageThatIsNotUtf8IsOneFinding() throws Exception {
        Report report = lint("latin1.md", new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly(SpecRules.UNREADABLE.id());
    }

    @Test
    void invalidJavaScriptIsOneErrorAtItsPageLine() throws Exception {
        Report report = lint("bad.md", "# Bad\n\n## Javascript Code\n\n```js\ndataLayer.push({ event: 'x' );\n```\n");
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals(SpecRules.JS_SYNTAX.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(6));
    }
}
