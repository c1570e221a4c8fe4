package dev.datalayerlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pretty-printed purchase whose {@code value} (line 9) and {@code quantity} (line 15) are wrong: each finding
 * stands at its own field's key, in the findings and in every report format, for JSON, NDJSON and a script alike.
 */
class FieldLocationsInEveryFormatTest {

    private static final String JSON = "locations/pretty-purchase.json";

    private static Report validate(String fixture) {
        return Validator.create()
                .validate(ValidationRequest.builder()
                        .path(Fixtures.root().resolve(fixture))
                        .baseDirectory(Fixtures.root())
                        .build());
    }

    private static SourceLocation at(Report report, String pointer) {
        return report.active().stream()
                .filter(f -> f.pointer().equals(pointer))
                .map(Finding::location)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPrettyPrintedDumpReportsEachFieldAtItsKey() {
        Report report = validate(JSON);
        assertThat(at(report, "/ecommerce/value")).isEqualTo(new SourceLocation(JSON, 9, 7));
        assertThat(at(report, "/ecommerce/items/0/quantity")).isEqualTo(new SourceLocation(JSON, 15, 11));
    }

    @Test
    void anNdjsonLineReportsEachFieldAtItsColumn() {
        String ndjson = "locations/pretty-purchase.ndjson";
        Report report = validate(ndjson);
        assertThat(at(report, "/ecommerce/value")).isEqualTo(new SourceLocation(ndjson, 2, 97));
        assertThat(at(report, "/ecommerce/items/0/quantity")).isEqualTo(new SourceLocation(ndjson, 2, 202));
    }

    @ParameterizedTest
    @ValueSource(strings = {"locations/pretty-purchase.js"})
    void aScriptReportsTheKeysOfItsObjectLiterals(String script) {
        Report report = validate(script);
        assertThat(at(report, "/ecommerce/value")).isEqualTo(new SourceLocation(script, 10, 5));
        assertThat(at(report, "/ecommerce/items/0/quantity")).isEqualTo(new SourceLocation(script, 16, 9));
        assertThat(at(report, "/2/items/0/quantity").line()).isEqualTo(35);
    }

    /** What each format writes for a finding at line 9, column 7 and one at line 15, column 11. */
    private static final Map<ReportFormat, List<String>> WRITTEN = Map.of(
            ReportFormat.TEXT, List.of("  9:7  ", "  15:11  "),
            ReportFormat.JSON, List.of("\"line\" : 9,\n    \"column\" : 7", "\"line\" : 15,\n    \"column\" : 11"),
            ReportFormat.JUNIT, List.of(JSON + ":9:7", JSON + ":15:11"),
            ReportFormat.SARIF,
                    List.of(
                            "\"startLine\" : 9,\n            \"startColumn\" : 7",
                            "\"startLine\" : 15,\n            \"startColumn\" : 11"),
            ReportFormat.GITHUB, List.of("line=9,col=7,", "line=15,col=11,"),
            ReportFormat.CHECKSTYLE, List.of("line=\"9\" column=\"7\"", "line=\"15\" column=\"11\""),
            ReportFormat.GITLAB, List.of("\"begin\" : 9", "\"begin\" : 15"),
            ReportFormat.HTML, List.of(JSON + ":9:7", JSON + ":15:11"));

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatCarriesTheFieldsLocation(ReportFormat format) throws IOException {
        String written = GoldenReportTest.render(format, validate(JSON), ReportContext.DEFAULT);
        assertThat(WRITTEN).containsKey(format);
        for (String expected : WRITTEN.get(format)) {
            assertThat(written).as(format.name()).contains(expected);
        }
    }
}
