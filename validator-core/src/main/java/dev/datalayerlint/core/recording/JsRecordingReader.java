package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.SourceLocation;

/** Placeholder until the GraalJS reader lands. */
public final class JsRecordingReader implements RecordingReader {

    @Override
    public void read(RecordingSource source, PushSink sink) {
        sink.problem(
                "input.unsupported", "JavaScript recordings are not supported yet", SourceLocation.of(source.name()));
    }
}
