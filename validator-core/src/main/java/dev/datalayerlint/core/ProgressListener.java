package dev.datalayerlint.core;

/** Hears about a long run as it goes, so a terminal can show progress; called on the validating thread. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {};

    /** A recording is about to be read. */
    default void fileStarted(String name) {}

    /** A recording is done; {@code pushes} is the running total of pushes over all files. */
    default void fileDone(String name, long pushes) {}
}
