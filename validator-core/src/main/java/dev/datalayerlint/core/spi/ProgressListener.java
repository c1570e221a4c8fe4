package dev.datalayerlint.core.spi;

/**
 * Hears about a long run as it goes, so a terminal can show progress. Calls never overlap, so a listener needs no
 * locking; when several files are validated at once they come from their threads in turn, and the running totals
 * count every push of the run once.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {};

    /** Inputs are expanded: {@code files} recordings are about to be read. Called once, before any other call. */
    default void runStarted(int files) {}

    /** A recording is about to be read. */
    default void fileStarted(String name) {}

    /** A recording is done; {@code pushes} is the running total of pushes over all files. */
    default void fileDone(String name, long pushes) {}

    /**
     * A push is validated; {@code pushes} is the running total over all files. Called for every push, so a listener
     * must keep it cheap (look at the clock every few hundred pushes, not on each).
     */
    default void pushDone(long pushes) {}
}
