package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.spi.RecordingSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script is read whole: once from its file, in a buffer sized from it, and never copied again. */
class SourceTextTest {

    @TempDir
    Path folder;

    @Test
    void aTextHeldInMemoryIsHandedOverAsItIs() throws IOException {
        String text = "dataLayer.push({event: 'x'});\n".repeat(1_000);

        assertThat(RecordingSource.ofText("page.js", text).text()).isSameAs(text);
    }

    @Test
    void aFileIsReadWholeWithoutItsByteOrderMark() throws IOException {
        String script = "dataLayer.push({name: 'café 😀'});\n".repeat(10_000);
        Path file = Files.write(folder.resolve("page.js"), ("\uFEFF" + script).getBytes(StandardCharsets.UTF_8));

        assertThat(new FileSource(file, "page.js").text()).isEqualTo(script);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(
                folder.resolve("latin1.js"), "dataLayer.push({name: 'café'});".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new FileSource(file, "latin1.js").text()).isInstanceOf(CharacterCodingException.class);
    }
}
