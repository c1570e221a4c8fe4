package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recording on disk. Decoding is strict UTF-8 (a Latin-1 file is reported, not silently garbled) and a leading
 * byte-order mark is skipped, as editors on Windows write one.
 */
public record FileSource(Path path, String name) implements RecordingSource {

    @Override
    public Reader open() throws IOException {
        InputStream in = Files.newInputStream(path);
        PushbackReader reader = new PushbackReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
