package dev.datalayerlint.core.spi;

import java.util.function.Consumer;

/** The per-recording state of a {@link Rule}: sees every push in order and reports what it finds. */
@FunctionalInterface
public interface RecordingCheck {

    void onPush(PushContext context, Consumer<Violation> report);
}
