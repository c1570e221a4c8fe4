package dev.datalayerlint.beam;

import java.io.Serializable;

/**
 * How much of one recording a worker holds to lint it. A real journey has tens to hundreds of pushes; the defaults
 * leave room for thousands of times that and still fit a worker's heap, so only a broken key (every line under one
 * id) reaches them.
 *
 * @param lines most envelope lines in one recording
 * @param bytes most characters of line text in one recording
 */
public record RecordingLimits(long lines, long bytes) implements Serializable {

    public static final RecordingLimits DEFAULTS = new RecordingLimits(1_000_000, 256L * 1024 * 1024);

    public RecordingLimits {
        if (lines < 1 || bytes < 1) {
            throw new IllegalArgumentException(
                    "recording limits must be positive: " + lines + " lines, " + bytes + " characters");
        }
    }
}
