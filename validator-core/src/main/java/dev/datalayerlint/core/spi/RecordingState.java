package dev.datalayerlint.core.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Facts that several rules derive from the same recording, kept once per recording: the six refund rules weigh each
 * refund against one shared purchase ledger instead of six copies of it. Not thread-safe, like a recording's run.
 */
public final class RecordingState {

    private final Map<Class<?>, Object> facts = new HashMap<>();

    /** The recording's instance of {@code type}, created by {@code create} on first use. */
    public <T> T fact(Class<T> type, Supplier<T> create) {
        return type.cast(facts.computeIfAbsent(type, key -> create.get()));
    }
}
