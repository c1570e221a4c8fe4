package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingSource;
import org.junit.jupiter.api.Test;

/** What page scripts use runs in a recording's page: lifecycle listeners, location, storage, cookies (issue 12). */
class PageEnvironmentTest {

    private static RecordingSinkStub read(String script) {
        RecordingSinkStub sink = new RecordingSinkStub();
        new JsRecordingReader().read(RecordingSource.ofText("page.js", script), sink);
        return sink;
    }

    private static String events(RecordingSinkStub sink) {
        return String.join(" ", sink.pushes.stream().map(Push::eventName).toList());
    }

    @Test
    void domContentLoadedAndLoadListenersRunAfterTheScriptInOrderThenTheTimers() {
        RecordingSinkStub sink = read("""
                setTimeout(function () { dataLayer.push({event: 'timer'}); }, 0);
                window.addEventListener('load', function () { dataLayer.push({event: 'window_load'}); });
                window.onload = function () { dataLayer.push({event: 'onload'}); };
                window.addEventListener('DOMContentLoaded', function () { dataLayer.push({event: 'window_ready'}); });
                document.addEventListener('DOMContentLoaded', function (e) {
                  dataLayer.push({event: 'document_ready', state: document.readyState, type: e.type});
                  window.addEventListener('load', function () { dataLayer.push({event: 'late_load'}); });
                });
                dataLayer.push({event: 'script'});
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(events(sink)).isEqualTo("script document_ready window_ready window_load onload late_load timer");
        assertThat(sink.push(1).payload().get("state").asString()).isEqualTo("interactive");
        assertThat(sink.push(1).payload().get("type").asString()).isEqualTo("DOMContentLoaded");
        assertThat(sink.push(1).location().line()).isEqualTo(6);
    }

    @Test
    void removedAndOnceListenersBehaveAsInABrowser() {
        RecordingSinkStub sink = read("""
                function ready() { dataLayer.push({event: 'removed'}); }
                document.addEventListener('DOMContentLoaded', ready);
                document.removeEventListener('DOMContentLoaded', ready);
                document.addEventListener('DOMContentLoaded', function () { dataLayer.push({event: 'kept'}); },
                    {once: true});
                """);

        assertThat(events(sink)).isEqualTo("kept");
    }

    @Test
    void aThrowingListenerIsReportedAndTheNextOneStillRuns() {
        RecordingSinkStub sink = read("""
                document.addEventListener('DOMContentLoaded', function () { undefinedFunction(); });
                window.addEventListener('load', function () { dataLayer.push({event: 'loaded'}); });
                """);

        assertThat(events(sink)).isEqualTo("loaded");
        assertThat(sink.problems)
                .extracting(InputProblem::message)
                .singleElement()
                .asString()
                .contains("undefinedFunction");
    }

    @Test
    void locationNavigatorStorageAndCookiesAreInertStandIns() {
        RecordingSinkStub sink = read("""
                localStorage.setItem('cart', JSON.stringify({items: 2}));
                sessionStorage.setItem('step', 3);
                document.cookie = 'consent=granted; path=/; max-age=3600';
                document.cookie = '_ga=GA1.1.123';
                dataLayer.push({
                  event: 'page_view',
                  page_location: location.href,
                  page_path: window.location.pathname,
                  host: document.location.hostname,
                  language: navigator.language,
                  cart: JSON.parse(localStorage.getItem('cart')).items,
                  step: sessionStorage.getItem('step'),
                  missing: localStorage.getItem('nothing'),
                  stored: localStorage.length,
                  cookie: document.cookie
                });
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.push(0).payload().toString())
                .isEqualTo("{\"event\":\"page_view\",\"page_location\":\"https://example.com/\","
                        + "\"page_path\":\"/\",\"host\":\"example.com\",\"language\":\"en-US\",\"cart\":2,"
                        + "\"step\":\"3\",\"missing\":null,\"stored\":1,"
                        + "\"cookie\":\"consent=granted; _ga=GA1.1.123\"}");
    }
}
