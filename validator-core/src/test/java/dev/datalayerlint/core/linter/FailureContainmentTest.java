package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.RuleConfig;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 4: whatever fails while one recording is read or checked (an exception, a stack overflow, running
 * out of memory) is contained to that recording and becomes an {@code input.internal} finding; the pushes read
 * before it stay checked.
 */
class FailureContainmentTest {

    private final RecordingLinter linter =
            new RecordingLinter(ContractCatalog.shipped(), null, RuleConfig.DEFAULTS, JsLimits.DEFAULTS);

    /** An NDJSON text whose reader fails with {@code failure} once the first line has been read. */
    private static RecordingSource failingAfterFirstLine(Error failure) {
        String first = "{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"usd\"}}\n";
        return new RecordingSource() {
            @Override
            public String name() {
                return "failing.ndjson";
            }

            @Override
            public Reader open() {
                return new Reader() {
                    private final StringReader text = new StringReader(first);

                    @Override
                    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                        int n = text.read(buffer, offset, length);
                        if (n < 0) {
                            throw failure;
                        }
                        return n;
                    }

                    @Override
                    public void close() {}
                };
            }
        };
    }

    @Test
    void aStackOverflowWhileReadingIsAnInternalFindingAfterThePushesReadBefore() {
        RecordingResult result = linter.lint(failingAfterFirstLine(new StackOverflowError()), RecordingFormat.NDJSON);

        assertThat(result.pushes()).isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::ruleId).contains("schema.pattern", "input.internal");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("input.internal"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("datalayer-lint failed while reading this recording (too deeply nested to"
                                + " process); the pushes before the failure were checked"));
    }

    @Test
    void runningOutOfMemoryWhileReadingIsAnInternalFinding() {
        RecordingResult result =
                linter.lint(failingAfterFirstLine(new OutOfMemoryError("Java heap space")), RecordingFormat.NDJSON);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("input.internal"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(out of memory)"));
    }
}
