package dev.datalayerlint.beam;

import dev.datalayerlint.testkit.FrontEndBoundary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pipeline uses only the core's exported packages, {@code api} and {@code spi}, like every front end. */
class FrontEndBoundaryTest {

    @Test
    void usesOnlyTheCoresApiAndSpi() {
        FrontEndBoundary.check(Path.of("target", "classes"));
    }
}
