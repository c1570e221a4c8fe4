package dev.datalayerlint.core.spi;

/**
 * A check across a whole recording (refund vs. purchase, missing clears, money arithmetic). Each built-in rule is one
 * class named for the defect it finds. A rule keeps state per recording, so the engine asks for a fresh
 * {@link RecordingCheck} for every recording it reads.
 */
public interface Rule {

    RuleDescriptor descriptor();

    /** A fresh check for one recording; it sees the pushes in order. */
    RecordingCheck start();
}
