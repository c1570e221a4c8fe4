package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A recording on disk. Decoding is strict UTF-8 (a Latin-1 file is reported, not silently garbled) and a leading
 * byte-order mark is skipped, as editors on Windows write one.
 */
public record FileSource(Path path, String name) implements RecordingSource {

    @Override
    public Reader open() throws IOException {
        return StrictUtf8.reader(Files.newInputStream(path));
    }

    /**
     * The whole text, in a buffer sized from the file (never more characters than bytes): a 270 MB script is held
     * once plus its final copy, instead of being copied each time a growing buffer doubles.
     */
    @Override
    public String text() throws IOException {
        int capacity = (int) Math.min(Files.size(path), Integer.MAX_VALUE - 16);
        try (Reader reader = open();
                StringWriter text = new StringWriter(capacity)) {
            reader.transferTo(text);
            return text.toString();
        }
    }

    @Override
    public Optional<InputStream> openBytes() throws IOException {
        return Optional.of(Files.newInputStream(path));
    }
}
