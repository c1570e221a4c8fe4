package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

/**
 * A recording held as bytes, such as standard input: decoded as strictly as a file, so invalid UTF-8 is reported
 * rather than replaced.
 */
public record BytesSource(String name, byte[] bytes) implements RecordingSource {

    public BytesSource {
        bytes = bytes.clone();
    }

    @Override
    public Reader open() throws IOException {
        return StrictUtf8.reader(new ByteArrayInputStream(bytes));
    }

    @Override
    public Optional<InputStream> openBytes() {
        return Optional.of(new ByteArrayInputStream(bytes));
    }
}
