package dev.datalayerlint.frontend;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.testkit.FrontEndBoundary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The front-end boundary check works: it fails on a planted use of a core internal and names it. */
class FrontEndBoundaryTest {

    @Test
    void failsOnAFrontEndClassThatUsesACoreInternal() {
        Path planted = Path.of("target", "test-classes", "dev", "datalayerlint", "frontend");

        assertThatThrownBy(() -> FrontEndBoundary.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedInternalUse")
                .hasMessageContaining("RuleCatalog");
    }
}
