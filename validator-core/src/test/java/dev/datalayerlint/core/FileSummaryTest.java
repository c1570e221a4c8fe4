package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.spi.ToolInfo;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The engine lists every recording it read, with its push count and event names, for the JUnit report. */
class FileSummaryTest {

    @Test
    void everyReadRecordingIsListedWithItsPushes() {
        Report report = Validator.create()
                .validate(ValidationRequest.builder()
                        .input(Input.json("b.json", "[{\"event\":\"page_view\"},{\"foo\":1},{\"event\":\"scroll\"}]"))
                        .input(Input.json("a.json", "[]"))
                        .build());
        assertThat(report.files())
                .extracting(FileSummary::file, FileSummary::pushes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.json", 0L),
                        org.assertj.core.groups.Tuple.tuple("b.json", 3L));
        FileSummary b = report.files().get(1);
        assertThat(b.events()).isEqualTo(Arrays.asList("page_view", null, "scroll"));
        assertThat(b.event(2)).isEqualTo("scroll");
        assertThat(b.event(3)).isNull();
        assertThat(report.summary().pushes()).isEqualTo(3);
    }

    @Test
    void theOldConstructorStillWorks() {
        Report report = new Report(ToolInfo.CURRENT, java.util.List.of(), new Summary(0, 0, 0, 0, 0, 0));
        assertThat(report.files()).isEmpty();
        assertThat(new FileSummary("x", 2).event(0)).isNull();
    }
}
