package dev.datalayerlint.core.spi;

/**
 * A mistake in what the user asked for (a bad flag value, a missing configuration file, an unusable contract, a
 * report that cannot be written): one line, no stack trace. The CLI exits 2 on it, the Maven plugin fails the build
 * with a {@code MojoExecutionException}.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
