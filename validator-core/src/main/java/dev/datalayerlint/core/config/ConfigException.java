package dev.datalayerlint.core.config;

import dev.datalayerlint.core.spi.UsageException;

/**
 * A configuration file that cannot be used: unknown key, unknown rule, bad value, broken JSON or YAML. The message
 * is one line that names the file and, where known, the line and column ({@code datalayer-lint.json:3:5: ...}); a
 * usage error, never a finding.
 */
public final class ConfigException extends UsageException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
