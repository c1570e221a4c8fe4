package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datalayerlint.core.spi.JsLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsLimitsTest {

    @Test
    void durationsAreAWholeNumberAndAUnit() {
        assertThat(JsLimits.parseDuration("1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(JsLimits.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(JsLimits.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        for (String bad : new String[] {"30", "30 s", "1.5s", "-1s", "30S", "s", "", "1h", "1234567890123s"}) {
            assertThatThrownBy(() -> JsLimits.parseDuration(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "' is not a duration");
        }
        assertThatThrownBy(() -> JsLimits.parseDuration("0ms")).hasMessageContaining("not a positive duration");
    }

    @Test
    void statementLimitsArePositiveWholeNumbers() {
        assertThat(JsLimits.parseStatementLimit("5000000")).isEqualTo(5_000_000);
        assertThat(JsLimits.parseStatementLimit("20_000_000")).isEqualTo(20_000_000);
        for (String bad : new String[] {"0", "-5", "+5", "1e6", "lots", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> JsLimits.parseStatementLimit(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad + "' is not a statement limit; write a positive whole number");
        }
    }

    @Test
    void theTimeLimitReadsAsAPersonWritesIt() {
        assertThat(JsLimits.DEFAULTS.cpuTimeText()).isEqualTo("30 s");
        assertThat(JsLimits.DEFAULTS.withCpuTime(Duration.ofMillis(1500)).cpuTimeText())
                .isEqualTo("1500 ms");
    }
}
