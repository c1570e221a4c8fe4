package dev.datalayerlint.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void suggestsTheClosestNameWithinAFewSlips() {
        List<String> commands = List.of("validate", "replay", "contracts", "rules", "explain", "init");
        assertThat(Spelling.closest("valdate", commands)).contains("validate");
        assertThat(Spelling.closest("valdiate", commands)).contains("validate");
        assertThat(Spelling.closest("RULSE", commands)).contains("rules");
        assertThat(Spelling.closest("publish", commands)).isEmpty();
        assertThat(Spelling.closest("ga4/refnd", List.of("ga4/refund", "ga4/purchase")))
                .contains("ga4/refund");
    }

    @Test
    void anAdjacentSwapIsOneSlip() {
        assertThat(Spelling.distance("brnad", "brand")).isEqualTo(1);
        assertThat(Spelling.distance("abc", "abc")).isZero();
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    }
}
