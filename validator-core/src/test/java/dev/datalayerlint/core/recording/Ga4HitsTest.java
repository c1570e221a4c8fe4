package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GA4 hits read back from what the browser sent: a Chrome DevTools HAR export next to the recording of the same
 * journey (test-fixtures/recordings/ga4-hits), alone, saved as {@code .json}, and a capture envelope holding two
 * journeys. The refund hit carries {@code cu=usd} and 25 where the push said 30.00 USD.
 */
class Ga4HitsTest {

    private static final Validator VALIDATOR = Validator.create();
    private static final Path FOLDER = Fixtures.root().resolve("ga4-hits");

    @TempDir
    Path temp;

    private static Report validate(Path base, Path... paths) {
        ValidationRequest.Builder request = ValidationRequest.builder().baseDirectory(base);
        for (Path path : paths) {
            request.path(path);
        }
        return VALIDATOR.validate(request.build());
    }

    private static List<String> described(Report report) {
        return report.active().stream()
                .map(f -> f.location() + " " + f.ruleId() + " " + f.pointer())
                .toList();
    }

    @Test
    void aHarNextToItsRecordingGivesTheHitsContractFindingAndItsMismatchWithThePush() {
        Report report = validate(FOLDER, FOLDER);

        assertThat(described(report))
                .containsExactlyInAnyOrder(
                        "refund-journey.har:553:7 schema.pattern /ecommerce/currency",
                        "refund-journey.har:553:7 hit.push-mismatch /ecommerce/value",
                        "refund-journey.har:553:7 hit.push-mismatch /ecommerce/currency");
        Finding value = report.active().stream()
                .filter(f -> f.pointer().equals("/ecommerce/value"))
                .findFirst()
                .orElseThrow();
        assertThat(value.message())
                .isEqualTo("GA4 hit: value 25.00 differs from 30.00 in push 4 (refund) at refund-journey.js:18:11");
        assertThat(value.event()).contains("refund");
        assertThat(report.active())
                .extracting(Finding::message)
                .anyMatch(message -> message.startsWith("GA4 hit: currency \"usd\" must be"))
                .contains(
                        "GA4 hit: currency \"usd\" differs from \"USD\" in push 4 (refund) at refund-journey.js:18:11");
        assertThat(report.summary().files())
                .as("the HAR and the recording are one")
                .isEqualTo(1);
    }

    @Test
    void aHarAloneIsCheckedAgainstTheContractsOfItsEvents() throws IOException {
        Path har = Files.copy(FOLDER.resolve("refund-journey.har"), temp.resolve("refund-journey.har"));

        assertThat(described(validate(temp, har)))
                .containsExactlyInAnyOrder("refund-journey.har:553:7 schema.pattern /ecommerce/currency");
    }

    @Test
    void aHarSavedAsJsonIsRecognisedByItsContent() throws IOException {
        Path json = Files.copy(FOLDER.resolve("refund-journey.har"), temp.resolve("export.json"));

        assertThat(described(validate(temp, json)))
                .containsExactlyInAnyOrder("export.json:553:7 schema.pattern /ecommerce/currency");
    }

    @Test
    void anEnvelopeOfTwoJourneysIsTwoRecordingsInSeqOrder() {
        Path capture = Fixtures.root().resolve("capture");
        Report report = validate(capture, capture.resolve("two-journeys.ndjson"));

        assertThat(report.files())
                .extracting(f -> f.file() + " " + f.pushes())
                .containsExactly("two-journeys.ndjson#journey-a 5", "two-journeys.ndjson#journey-b 3");
        assertThat(described(report))
                .containsExactlyInAnyOrder(
                        "two-journeys.ndjson:8:1 schema.pattern /ecommerce/currency",
                        "two-journeys.ndjson:8:1 hit.push-mismatch /ecommerce/value",
                        "two-journeys.ndjson:8:1 hit.push-mismatch /ecommerce/currency");
    }
}
