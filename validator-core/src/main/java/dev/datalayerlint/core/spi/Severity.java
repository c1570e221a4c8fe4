package dev.datalayerlint.core.spi;

import java.util.Locale;

/**
 * How much a finding matters. "Off" is deliberately not a severity: a rule that is off produces no finding at all,
 * so every consumer of a {@link Finding} can rely on it being one of these three.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
