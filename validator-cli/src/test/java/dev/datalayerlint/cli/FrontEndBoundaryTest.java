package dev.datalayerlint.cli;

import dev.datalayerlint.testkit.FrontEndBoundary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** This front end uses only the core's exported packages, {@code api} and {@code spi} (issue 10). */
class FrontEndBoundaryTest {

    @Test
    void usesOnlyTheCoresApiAndSpi() {
        FrontEndBoundary.check(Path.of("target", "classes"));
    }
}
