package dev.datalayerlint.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated folder of varied pages ({@link SpecFolderGenerator}, the one docs/performance.md times at 500 pages):
 * {@code spec lint} reads every page and finds the planted defects, and {@code spec compile} compiles every page that
 * has a table.
 */
class SpecFolderTest {

    @TempDir
    Path dir;

    @Test
    void everyGeneratedPageIsReadLintedAndCompiled() throws Exception {
        List<Path> pages = new SpecFolderGenerator(13).write(dir, 80);

        Report report = new SpecRun(dir).lint(List.of(dir));
        assertThat(report.summary().files()).isEqualTo(pages.size());
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(SpecRules.UNREADABLE.id());
        assertThat(report.findings())
                .extracting(Finding::ruleId)
                .contains(
                        SpecRules.NO_TABLE.id(),
                        SpecRules.PATTERN_ON_NUMBER.id(),
                        SpecRules.BROKEN_LINK.id(),
                        SpecRules.JS_SYNTAX.id());

        long withTable = report.findings().stream()
                .filter(f -> f.ruleId().equals(SpecRules.NO_TABLE.id()))
                .count();
        List<CompiledSchema> compiled = new SpecRun(dir).compile(List.of(dir));
        assertThat(compiled).isNotEmpty();
        assertThat(compiled.size()).isLessThanOrEqualTo(pages.size() - (int) withTable);
    }
}
