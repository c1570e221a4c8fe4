package dev.datalayerlint.core.spi;

/**
 * Reads one recording format. Implementations report every push and every problem to the sink and never throw for
 * bad input: a broken file becomes an {@link InputProblem}.
 */
public interface RecordingReader {

    /**
     * @param source the recording's text and the name findings should carry
     * @param sink receives pushes in order, 0-based indexes
     */
    void read(RecordingSource source, PushSink sink);
}
