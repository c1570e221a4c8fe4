package dev.datalayerlint.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class DecimalsTest {

    /** The decimal of a double as GA4 receives it: its shortest text, trailing zeros stripped. */
    private static BigDecimal byText(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    private static void assertSameAsText(double d) {
        BigDecimal decimal = Decimals.of(JsonNodeFactory.instance.numberNode(d));
        BigDecimal expected = byText(d);
        assertThat(decimal).as("%s", d).isEqualTo(expected); // equal value and scale
        assertThat(decimal.unscaledValue()).isEqualTo(expected.unscaledValue());
    }

    @Test
    void aDoubleIsItsShortestText() {
        double[] values = {
            0.0,
            -0.0,
            0.1,
            0.2,
            0.1 + 0.2,
            7.77,
            7.7,
            7.0,
            100.0,
            1e10,
            1e11,
            999999999999.99,
            1e12,
            1e12 + 0.5,
            1.005,
            1.015,
            0.005,
            0.01,
            -0.01,
            -12.34,
            12.345,
            5.4555,
            1e-7,
            123456789.12,
            4.35,
            2.675,
            1e15,
            9e15,
            0.29,
            0.57,
            1.1,
            2.2,
            3.3,
            19.99,
            1234.5
        };
        for (double d : values) {
            assertSameAsText(d);
        }
    }

    @Test
    void randomAmountsAreTheirShortestText() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 300_000; i++) {
            double cents = random.nextLong(-100_000_000_000_000L, 100_000_000_000_000L) / 100.0;
            assertSameAsText(cents);
            assertSameAsText(random.nextDouble(-1e13, 1e13));
            assertSameAsText(random.nextInt(100_000) / 1000.0);
            double any = Double.longBitsToDouble(random.nextLong()) % 1e12;
            if (Double.isFinite(any)) {
                assertSameAsText(any);
            }
        }
    }
}
