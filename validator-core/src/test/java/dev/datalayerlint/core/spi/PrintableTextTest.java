package dev.datalayerlint.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void ordinaryTextIsReturnedUnchanged() {
        String text = "C:\\recordings\\checkout.json: price \"7.77\" ^[A-Z]{3}$ café 🛒";
        assertThat(PrintableText.escape(text)).isSameAs(text);
    }

    @Test
    void controlCharactersLoneSurrogatesAndBidiControlsAreEscapedVisibly() {
        assertThat(PrintableText.escape("a\nb\rc\td\u001b[2Ke\u007f\u009b"))
                .isEqualTo("a\\nb\\rc\\td\\u001b[2Ke\\u007f\\u009b");
        assertThat(PrintableText.escape("u\ud800 x\udc00 \u202e\u2028")).isEqualTo("u\\ud800 x\\udc00 \\u202e\\u2028");
        assertThat(PrintableText.escape("pair 🛒")).isEqualTo("pair 🛒");
    }

    @Test
    void keepingLinesLeavesLineBreaksAndTabs() {
        assertThat(PrintableText.escapeKeepingLines("a\nb\tc\u001b")).isEqualTo("a\nb\tc\\u001b");
    }

    @Test
    void onlyLoneSurrogatesForWritersThatEscapeControlCharactersThemselves() {
        assertThat(PrintableText.escapeLoneSurrogates("a\n\ud800🛒")).isEqualTo("a\n\\ud800🛒");
    }

    @Test
    void anExcerptIsShortAndEscaped() {
        String secret = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQ";
        assertThat(PrintableText.excerpt(secret)).isEqualTo(secret.substring(0, 40) + "…");
        assertThat(PrintableText.excerpt("ab\u001bc")).isEqualTo("ab\\u001bc");
    }
}
