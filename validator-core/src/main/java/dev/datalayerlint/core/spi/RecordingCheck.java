package dev.datalayerlint.core.spi;

import java.util.function.Consumer;

/** The per-recording state of a {@link Rule}: sees every push in order and reports what it finds. */
@FunctionalInterface
public interface RecordingCheck {

    /**
     * Looks at the context's push. {@code report} takes findings of this push during this call only: the linter
     * hands the same consumer to every push of the recording.
     */
    void onPush(PushContext context, Consumer<Violation> report);
}
