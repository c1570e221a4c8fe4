package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.RecordingFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesNdjsonJavaScriptJsonAndHtml() {
        assertThat(ContentSniffer.likelyFormat(bytes("{\"event\":\"a\"}\n{\"event\":\"b\"}\n")))
                .contains(RecordingFormat.NDJSON);
        assertThat(ContentSniffer.likelyFormat(bytes("{\n  \"event\": \"a\"\n}\n")))
                .contains(RecordingFormat.JSON);
        assertThat(ContentSniffer.likelyFormat(bytes("[{\"event\":\"a\"}]"))).contains(RecordingFormat.JSON);
        assertThat(ContentSniffer.likelyFormat(bytes("window.dataLayer = window.dataLayer || [];\n")))
                .contains(RecordingFormat.JS);
        assertThat(ContentSniffer.likelyFormat(bytes("\uFEFF  dataLayer.push({event: 'a'});")))
                .contains(RecordingFormat.JS);
        assertThat(ContentSniffer.looksLikeHtml(bytes("<!DOCTYPE html><html></html>")))
                .isTrue();
        assertThat(ContentSniffer.looksLikeHtml(bytes("[\"<html>\"]"))).isFalse();
        assertThat(ContentSniffer.likelyFormat(bytes("hello"))).isEmpty();
    }

    @Test
    void hintsOnlyWhenTheDeclaredFormatLooksWrong() {
        byte[] ndjson = bytes("{\"a\":1}\n{\"a\":2}\n");
        assertThat(ContentSniffer.hint(ndjson, RecordingFormat.JSON, "standard input", "--stdin-format"))
                .contains("standard input looks like NDJSON, not JSON; use --stdin-format ndjson");
        assertThat(ContentSniffer.hint(ndjson, RecordingFormat.NDJSON, "standard input", "--stdin-format"))
                .isEmpty();
        assertThat(ContentSniffer.hint(bytes("<html>"), RecordingFormat.JSON, "standard input", "--stdin-format"))
                .hasValueSatisfying(hint -> assertThat(hint).contains("looks like HTML"));
    }
}
