package dev.datalayerlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both placeholder rules share one walk per push. A caller of {@code lintPushes} numbers its pushes as it likes, so
 * the walk must be told apart by push, not by index: two pushes with the same index are still two pushes.
 */
class PlaceholderWalkTest {

    @Test
    void pushesWithTheSameIndexAreEachWalked() {
        SourceLocation at = SourceLocation.of("capture");
        List<Push> pushes = List.of(
                Push.fromJson(0, TestPushes.json("{\"event\": \"page_view\", \"page_title\": \"Home\"}"), at),
                Push.fromJson(0, TestPushes.json("{\"event\": \"page_view\", \"page_title\": \"{{Page Title}}\"}"), at),
                Push.fromJson(0, TestPushes.json("{\"event\": \"page_view\", \"page_title\": \"undefined\"}"), at));

        List<Finding> findings =
                LintProfile.defaults().lintPushes("capture", pushes).findings();

        assertThat(findings)
                .filteredOn(f -> f.ruleId().startsWith("value.placeholder"))
                .extracting(Finding::message)
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("{{Page Title}}"))
                .anySatisfy(m -> assertThat(m).contains("undefined"));
    }
}
