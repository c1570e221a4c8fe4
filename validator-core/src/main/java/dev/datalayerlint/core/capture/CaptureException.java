package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.spi.UsageException;

/**
 * A capture could not go on: no browser, a browser that would not start, a step that failed or timed out. The
 * message is one line meant for the user; the pushes recorded before it are kept by the caller.
 */
public final class CaptureException extends UsageException {

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
