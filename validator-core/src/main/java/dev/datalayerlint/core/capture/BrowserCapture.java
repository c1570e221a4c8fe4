package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.values.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives one headless Chromium through a journey and records every dataLayer push of every page it visits, and every
 * GA4 hit they send ({@link Ga4Hit}), as one recording. Waits are on conditions (a load event, an element, an event pushed, every report the page sent having
 * arrived), each bounded by a generous timeout; the only clock-based waits are a {@code wait} step and the optional
 * settle time the user asks for. The browser is stopped and its profile removed however the capture ends.
 */
public final class BrowserCapture {

    /**
     * @param browser the Chromium executable
     * @param timeout the default limit of each step and of the browser's start
     * @param settle after the last step, how long no new push must arrive before the capture ends (0: do not wait)
     */
    public record Options(Path browser, Duration timeout, Duration settle) {}

    /**
     * What a capture recorded, in order, and why it stopped early if it did.
     *
     * @param failure the failed step's message, or null when the journey completed
     */
    public record Result(List<DataLayerRecorder.Report> reports, List<Ga4Hit> hits, String failure) {

        /**
         * The capture envelope, numbered from 0: the pushes in the order the pages made them, and each GA4 hit
         * before the first push the page made after it was sent (by time: a hit follows the push that caused it).
         */
        public List<ObjectNode> envelope(String recording) {
            List<DataLayerRecorder.Report> pushes =
                    reports.stream().sorted(DataLayerRecorder.Report.ORDER).toList();
            List<Ga4Hit> sent = hits.stream()
                    .sorted(java.util.Comparator.comparingLong(Ga4Hit::ts))
                    .toList();
            List<ObjectNode> lines = new ArrayList<>(pushes.size() + sent.size());
            int next = 0;
            for (DataLayerRecorder.Report push : pushes) {
                while (next < sent.size() && sent.get(next).ts() < push.ts()) {
                    lines.add(hitLine(recording, lines.size(), sent.get(next++)));
                }
                lines.add(push.toEnvelope(recording, lines.size()));
            }
            while (next < sent.size()) {
                lines.add(hitLine(recording, lines.size(), sent.get(next++)));
            }
            return lines;
        }

        private static ObjectNode hitLine(String recording, int seq, Ga4Hit hit) {
            return CaptureEnvelope.hitLine(recording, seq, hit.ts(), hit.url(), hit.source(), hit.hit());
        }
    }

    private final Options options;
    private final Object lock = new Object();
    private final List<DataLayerRecorder.Report> reports = new ArrayList<>();
    private final Map<String, Integer> eventsWaitedFor = new HashMap<>();
    private final List<Ga4Hit> hits = new ArrayList<>();
    private final Map<String, Integer> hitsWaitedFor = new HashMap<>();
    private int loads;
    private String crashed;
    private String sessionId;

    private BrowserCapture(Options options) {
        this.options = options;
    }

    /**
     * Runs the steps in a fresh browser. A step that fails ends the journey; what was recorded until then is kept
     * and the failure is in the result. A browser that cannot start is a {@link CaptureException}.
     *
     * @param stepsName the steps file's name for messages, or null when the steps came from URLs
     */
    public static Result run(List<CaptureStep> steps, String stepsName, Options options) {
        return new BrowserCapture(options).journey(steps, stepsName);
    }

    private Result journey(List<CaptureStep> steps, String stepsName) {
        try (ChromiumProcess browser = ChromiumProcess.start(options.browser(), options.timeout());
                CdpConnection cdp = CdpConnection.open(browser.browserWebSocket(), this::event, options.timeout())) {
            open(cdp);
            for (CaptureStep step : steps) {
                try {
                    perform(cdp, step);
                } catch (CaptureException e) {
                    String where = stepsName != null && step.line() > 0 ? stepsName + ":" + step.line() + ": " : "";
                    return result(where + step.describe() + ": " + e.getMessage());
                }
            }
            try {
                settle();
                flush(cdp);
            } catch (CaptureException e) {
                return result(e.getMessage());
            }
            return result(null);
        }
    }

    private void open(CdpConnection cdp) {
        Duration timeout = options.timeout();
        ObjectNode target = CdpConnection.params().put("url", "about:blank");
        String targetId = cdp.call(null, "Target.createTarget", target, timeout)
                .path("targetId")
                .asString();
        ObjectNode attach = CdpConnection.params().put("targetId", targetId).put("flatten", true);
        sessionId = cdp.call(null, "Target.attachToTarget", attach, timeout)
                .path("sessionId")
                .asString();
        cdp.call(
                sessionId,
                "Runtime.addBinding",
                CdpConnection.params().put("name", DataLayerRecorder.BINDING),
                timeout);
        cdp.call(sessionId, "Page.enable", null, timeout);
        cdp.call(sessionId, "Network.enable", null, timeout);
        cdp.call(
                sessionId,
                "Page.addScriptToEvaluateOnNewDocument",
                CdpConnection.params().put("source", DataLayerRecorder.script(DataLayerRecorder.BINDING)),
                timeout);
        cdp.call(sessionId, "Runtime.enable", null, timeout);
    }

    private void perform(CdpConnection cdp, CaptureStep step) {
        Duration timeout = step.timeout() != null ? step.timeout() : options.timeout();
        switch (step) {
            case CaptureStep.Goto go -> {
                int before;
                synchronized (lock) {
                    before = loads;
                }
                JsonNode navigated = cdp.call(
                        sessionId, "Page.navigate", CdpConnection.params().put("url", go.url()), timeout);
                if (navigated.hasNonNull("errorText")) {
                    throw new CaptureException("cannot load the page: "
                            + navigated.get("errorText").asString());
                }
                await(() -> loads > before, timeout, "the page did not finish loading");
            }
            case CaptureStep.Click click -> {
                String script = "(function(s){var e=document.querySelector(s);if(!e)return false;"
                        + "if(e.scrollIntoView)e.scrollIntoView({block:'center'});e.click();return true;})("
                        + Json.MAPPER.writeValueAsString(click.selector()) + ")";
                long deadline = System.nanoTime() + timeout.toNanos();
                while (!evaluate(cdp, script, timeout).asBoolean(false)) {
                    if (System.nanoTime() > deadline) {
                        throw new CaptureException("no element matches the selector within " + seconds(timeout));
                    }
                    pause(50);
                }
            }
            case CaptureStep.WaitForEvent wait -> {
                int wanted;
                synchronized (lock) {
                    wanted = eventsWaitedFor.merge(wait.event(), 1, Integer::sum);
                }
                await(
                        () -> count(wait.event()) >= wanted,
                        timeout,
                        "the page pushed no " + (wanted > 1 ? "further " : "") + "event \"" + wait.event() + "\"");
            }
            case CaptureStep.WaitForHit wait -> {
                int wanted;
                synchronized (lock) {
                    wanted = hitsWaitedFor.merge(wait.event(), 1, Integer::sum);
                }
                await(
                        () -> hits.stream()
                                        .filter(h -> wait.event().equals(h.eventName()))
                                        .count()
                                >= wanted,
                        timeout,
                        "the page sent no " + (wanted > 1 ? "further " : "") + "GA4 hit \"" + wait.event() + "\"");
            }
            case CaptureStep.Wait wait -> pause(wait.duration().toMillis());
        }
    }

    /** Waits until no report has arrived for the settle time. */
    private void settle() {
        long quiet = options.settle().toNanos();
        if (quiet <= 0) {
            return;
        }
        long deadline = System.nanoTime() + options.timeout().toNanos();
        int seen = -1;
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now;
            synchronized (lock) {
                now = reports.size();
            }
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= quiet) {
                return;
            }
            pause(20);
        }
    }

    /** Waits until every push the current page has sent has arrived: the protocol may deliver them late. */
    private void flush(CdpConnection cdp) {
        String script = "(function(r){return r?[r.document,r.sent]:null;})(window.__datalayerLintRecorder)";
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (true) {
            JsonNode sent;
            try {
                sent = evaluate(cdp, script, options.timeout());
            } catch (CaptureException e) {
                sent = null; // a page navigating away: ask the next one
            }
            if (sent != null && sent.isArray()) {
                double document = sent.get(0).asDouble();
                long count = sent.get(1).asLong();
                if (received(document) >= count) {
                    return;
                }
            } else if (sent != null && sent.isNull()) {
                return; // a page without the recorder (an error page): nothing of it to wait for
            }
            if (System.nanoTime() > deadline) {
                throw new CaptureException(
                        "the page's last pushes did not arrive within " + seconds(options.timeout()));
            }
            pause(20);
        }
    }

    private JsonNode evaluate(CdpConnection cdp, String expression, Duration timeout) {
        ObjectNode params = CdpConnection.params().put("expression", expression).put("returnByValue", true);
        JsonNode result = cdp.call(sessionId, "Runtime.evaluate", params, timeout);
        if (result.has("exceptionDetails")) {
            throw new CaptureException("script failed in the page: "
                    + result.path("exceptionDetails")
                            .path("exception")
                            .path("description")
                            .asString("?"));
        }
        return result.path("result").path("value");
    }

    private void event(CdpConnection.Event event) {
        if (event.sessionId() != null && !event.sessionId().equals(sessionId)) {
            return;
        }
        switch (event.method()) {
            case "Runtime.bindingCalled" -> {
                if (DataLayerRecorder.BINDING.equals(event.params().path("name").asString(""))) {
                    DataLayerRecorder.Report report;
                    try {
                        report = DataLayerRecorder.parse(
                                event.params().path("payload").asString(""));
                    } catch (RuntimeException e) {
                        return; // not our recorder's (a page calling the binding itself)
                    }
                    synchronized (lock) {
                        reports.add(report);
                        lock.notifyAll();
                    }
                }
            }
            case "Network.requestWillBeSent" -> {
                List<Ga4Hit> sent = Ga4Hit.fromRequest(event.params());
                if (!sent.isEmpty()) {
                    synchronized (lock) {
                        hits.addAll(sent);
                        lock.notifyAll();
                    }
                }
            }
            case "Page.loadEventFired" -> {
                synchronized (lock) {
                    loads++;
                    lock.notifyAll();
                }
            }
            case "Inspector.targetCrashed", "Inspector.detached" -> {
                synchronized (lock) {
                    crashed = event.method();
                    lock.notifyAll();
                }
            }
            default -> {
                // not needed for the recording
            }
        }
    }

    private void await(BooleanSupplier condition, Duration timeout, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                if (crashed != null) {
                    throw new CaptureException("the page crashed (" + crashed + ")");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CaptureException(failure + " within " + seconds(timeout));
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CaptureException("interrupted", e);
                }
            }
        }
    }

    private int count(String event) {
        int n = 0;
        for (DataLayerRecorder.Report report : reports) {
            if (event.equals(report.eventName())) {
                n++;
            }
        }
        return n;
    }

    private long received(double document) {
        synchronized (lock) {
            return reports.stream().filter(r -> r.document() == document).count();
        }
    }

    private Result result(String failure) {
        synchronized (lock) {
            return new Result(
                    reports.stream().sorted(DataLayerRecorder.Report.ORDER).toList(), List.copyOf(hits), failure);
        }
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException("interrupted", e);
        }
    }
}
