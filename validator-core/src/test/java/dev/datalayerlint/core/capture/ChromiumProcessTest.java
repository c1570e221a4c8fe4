package dev.datalayerlint.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only: nothing here waits on the clock
class ChromiumProcessTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @Test
    void startsSpeaksTheProtocolAndLeavesNothingBehind() {
        Path root;
        try (ChromiumProcess browser = ChromiumProcess.start(Browsers.chromium(), GENEROUS)) {
            root = browser.profileRoot();
            assertThat(browser.browserWebSocket()).matches("ws://127\\.0\\.0\\.1:\\d+/devtools/browser/.+");
            try (CdpConnection cdp = CdpConnection.open(browser.browserWebSocket(), e -> {}, GENEROUS)) {
                assertThat(cdp.call(null, "Browser.getVersion", null, GENEROUS)
                                .path("product")
                                .asString())
                        .contains("Chrome");
                assertThatThrownBy(() -> cdp.call(null, "No.suchMethod", null, GENEROUS))
                        .isInstanceOf(CaptureException.class)
                        .hasMessageContaining("No.suchMethod");
            }
            assertThat(Browsers.processesUsing(root)).isNotEmpty();
        }
        assertThat(Files.exists(root)).isFalse();
        assertThat(Browsers.processesUsing(root)).isEmpty();
    }

    @Test
    void aBrowserThatCannotStartIsAOneLineError(@TempDir Path dir) throws Exception {
        Path notABrowser = dir.resolve("not-a-browser");
        Files.writeString(notABrowser, "#!/bin/sh\necho 'cannot open display' >&2\nexit 7\n");
        notABrowser.toFile().setExecutable(true);
        assertThatThrownBy(() -> ChromiumProcess.start(notABrowser, GENEROUS))
                .isInstanceOf(CaptureException.class)
                .hasMessageContaining("exited (code 7)")
                .hasMessageContaining("cannot open display");
    }

    @Test
    void anExplicitPathWinsThenChromePathThenPath(@TempDir Path dir) throws Exception {
        Path onPath = Files.createFile(dir.resolve("chromium-browser"));
        onPath.toFile().setExecutable(true);
        assertThat(BrowserLocator.find(Path.of("/x/chrome"), "/y/chrome", dir.toString()))
                .contains(Path.of("/x/chrome"));
        assertThat(BrowserLocator.find(null, "/y/chrome", dir.toString())).contains(Path.of("/y/chrome"));
        assertThat(BrowserLocator.find(null, null, dir.toString())).contains(onPath);
        assertThat(BrowserLocator.find(null, "", dir.resolve("empty").toString()))
                .isEqualTo(Optional.empty());
    }
}
