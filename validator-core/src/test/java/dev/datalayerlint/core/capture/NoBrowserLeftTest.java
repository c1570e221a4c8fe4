package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.fixtures.BrowserProcesses;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of this module (junit-platform.properties orders classes by {@link Order}):
 * however the browser tests ended, no Chromium or chromedriver they started may still run, and no capture anywhere
 * may have left a browser whose profile is gone.
 */
@Order(Integer.MAX_VALUE)
class NoBrowserLeftTest {

    @Test
    void noBrowserIsLeftAfterTheSuite() {
        assertThat(BrowserProcesses.startedByThisJvm()).isEmpty();
        assertThat(BrowserProcesses.orphans()).isEmpty();
    }
}
