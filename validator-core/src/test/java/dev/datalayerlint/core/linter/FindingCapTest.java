package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11, item 7: a report stays proportional to its input. A {@code view_item} with 20,000 ecommerce keys
 * followed by 500 small {@code view_item}s made {@code ecommerce.stale-data} report keys × pushes (ten million
 * warnings) and ran out of memory. Now the rule examines ten unsent keys of an object per push and counts the rest in
 * one finding, and one rule's findings on one recording are capped with a summary.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
class FindingCapTest {

    @Test
    void staleDataOfTwentyThousandKeysOverFiveHundredPushesIsCappedWithASummary() {
        StringBuilder ndjson = new StringBuilder("{\"event\":\"view_item\",\"ecommerce\":{");
        for (int i = 0; i < 20_000; i++) {
            ndjson.append(i == 0 ? "" : ",")
                    .append("\"k")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        ndjson.append("}}\n");
        for (int i = 0; i < 500; i++) {
            ndjson.append("{\"event\":\"view_item\",\"ecommerce\":{\"k0\":")
                    .append(i)
                    .append("}}\n");
        }

        RecordingResult result = LintProfile.defaults().lint("stale.ndjson", ndjson.toString(), RecordingFormat.NDJSON);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("ecommerce.stale-data"))
                .hasSize(FindingCap.PER_RULE + 1)
                .filteredOn(f -> f.pointer().equals("/ecommerce"))
                .extracting(Finding::message)
                .allMatch(m -> m.startsWith("ecommerce holds 19,989 more key(s) in the data model that this view_item"
                        + " push did not send, not examined one by one"));
        assertThat(result.findings())
                .filteredOn(f ->
                        f.ruleId().equals("ecommerce.stale-data") && f.message().startsWith("and "))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("and 5,400 more ecommerce.stale-data finding(s) in this recording, not listed:"
                                + " datalayer-lint lists the first 100 of each rule per recording"));
    }

    @Test
    void aRuleWithAtMostTheCapIsListedWhole() {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < FindingCap.PER_RULE; i++) {
            ndjson.append("{\"event\":\"purchase\",\"ecommerce\":{\"currency\":\"usd\"}}\n");
        }

        RecordingResult result = LintProfile.defaults().lint("many.ndjson", ndjson.toString(), RecordingFormat.NDJSON);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("schema.pattern"))
                .hasSize(FindingCap.PER_RULE)
                .extracting(Finding::message)
                .noneMatch(m -> m.startsWith("and "));
    }
}
