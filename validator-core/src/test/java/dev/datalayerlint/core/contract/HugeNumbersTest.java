package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing (issue 11): networknt compared {@code 999e99} with an integer {@code minimum} through
 * {@code asLong()}, which Jackson 3 refuses; the contract check threw instead of judging the value.
 */
class HugeNumbersTest {

    @Test
    void aQuantityOf999e99IsCheckedAgainstTheContractNotAFailureOfTheTool() {
        String push = "{\"event\":\"purchase\",\"ecommerce\":{\"transaction_id\":\"T\",\"currency\":\"USD\","
                + "\"value\":1,\"items\":[{\"item_id\":\"A\",\"quantity\":999e99,\"index\":-999e99}]}}";

        var findings = LintProfile.defaults()
                .lint("huge.ndjson", push, RecordingFormat.NDJSON)
                .findings();

        assertThat(findings).extracting(Finding::ruleId).doesNotContain("input.internal");
        assertThat(findings).extracting(Finding::pointer).contains("/ecommerce/items/0/index");
    }
}
