package dev.datalayerlint.core.run;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.Reader;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Pushes a caller already holds as nodes; read directly, never serialised. */
record NodesSource(String name, List<JsonNode> pushes) implements RecordingSource {

    @Override
    public Reader open() {
        throw new UnsupportedOperationException("pushes held as nodes are not read as text");
    }
}
