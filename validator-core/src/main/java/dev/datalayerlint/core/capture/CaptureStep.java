package dev.datalayerlint.core.capture;

import java.time.Duration;

/**
 * One step of a journey through a site, read from a steps file ({@link CaptureSteps}) or made from a URL on the
 * command line. {@code line} is where the step stands in its file (0 for a URL argument), so a failing step can be
 * named where the user wrote it.
 */
public sealed interface CaptureStep {

    int line();

    /** How long the step may take; null for the capture's default. */
    Duration timeout();

    /** What the step does, for messages: {@code click "#buy"}. */
    String describe();

    /** Loads a page and waits for its load event. */
    record Goto(String url, Duration timeout, int line) implements CaptureStep {
        @Override
        public String describe() {
            return "goto " + url;
        }
    }

    /** Clicks the first element a CSS selector matches, waiting for it to exist. */
    record Click(String selector, Duration timeout, int line) implements CaptureStep {
        @Override
        public String describe() {
            return "click \"" + selector + "\"";
        }
    }

    /** Waits until the page has pushed (one more) dataLayer event of this name. */
    record WaitForEvent(String event, Duration timeout, int line) implements CaptureStep {
        @Override
        public String describe() {
            return "waitFor event \"" + event + "\"";
        }
    }

    /** Waits until the page has sent (one more) GA4 hit whose event name ({@code en}) is this. */
    record WaitForHit(String event, Duration timeout, int line) implements CaptureStep {
        @Override
        public String describe() {
            return "waitForHit \"" + event + "\"";
        }
    }

    /** Waits a fixed time: for pages whose last push nothing announces. */
    record Wait(Duration duration, int line) implements CaptureStep {
        @Override
        public Duration timeout() {
            return null;
        }

        @Override
        public String describe() {
            return "wait " + duration.toMillis() + " ms";
        }
    }
}
