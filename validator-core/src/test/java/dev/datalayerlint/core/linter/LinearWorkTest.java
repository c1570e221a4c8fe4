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
 * Issue 11, item 6: inputs that took minutes because some step was quadratic. Each is big enough that the quadratic
 * code would run far past the hang guard while linear code needs a few seconds even on a busy machine; nothing here
 * measures time.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only
class LinearWorkTest {

    @Test
    void spliceOnAMillionElementArrayInTheModelIsLinear() {
        StringBuilder ndjson = new StringBuilder("{\"a\":[");
        for (int i = 0; i < 1_000_000; i++) {
            ndjson.append(i == 0 ? "0" : ",0");
        }
        ndjson.append("]}\n[\"a.splice\",0]\n[\"a.unshift\",1,2]\n{\"event\":\"after\"}\n");

        RecordingResult result =
                LintProfile.defaults().lint("splice.ndjson", ndjson.toString(), RecordingFormat.NDJSON);

        assertThat(result.pushes()).isEqualTo(4);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aHundredThousandSuppressionCommentsWithThirtyThousandFindingsAreLinear() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            script.append("/* datalayer-lint-disable a.b */\n");
        }
        // 30k findings, of one rule on each of 30k lines; the first 100 are listed, the rest summarised.
        for (int i = 0; i < 30_000; i++) {
            script.append("dataLayer.push({event: 'purchase', ecommerce: {currency: 'usd'}});\n");
        }
        script.append("/* datalayer-lint-disable schema.pattern */\n");
        script.append("dataLayer.push({event: 'purchase', ecommerce: {currency: 'usd'}});\n");

        RecordingResult result = LintProfile.defaults().lint("comments.js", script.toString(), RecordingFormat.JS);

        assertThat(result.pushes()).isEqualTo(30_001);
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("schema.pattern") && !f.suppressed())
                .hasSize(FindingCap.PER_RULE + 1);
        assertThat(result.findings())
                .filteredOn(Finding::suppressed)
                .singleElement()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(130_002));
    }

    @Test
    void aPurchaseOfTwoHundredTwentyThousandDistinctItemsIsBookedInLinearTime() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 220_000; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"item_id\":\"SKU")
                    .append(i)
                    .append("\",\"quantity\":1}");
        }
        String ndjson = "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"T1\",\"currency\":\"USD\","
                + "\"value\":1,\"items\":[" + items + "]}}\n"
                + "{\"ecommerce\":null}\n"
                + "{\"event\":\"refund\",\"ecommerce\":{\"transaction_id\":\"T1\",\"currency\":\"USD\",\"value\":1,"
                + "\"items\":[" + items + "]}}\n";

        RecordingResult result = LintProfile.defaults().lint("big.ndjson", ndjson, RecordingFormat.NDJSON);

        assertThat(result.pushes()).isEqualTo(3);
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("refund.unknown-item");
    }
}
