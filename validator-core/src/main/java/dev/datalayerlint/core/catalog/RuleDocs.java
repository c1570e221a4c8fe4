package dev.datalayerlint.core.catalog;

import dev.datalayerlint.core.spi.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule pages ({@code docs/rules/<id>.md} in the repository), shipped in the core jar under
 * {@code datalayer-lint/docs/rules/} by the build so that {@code explain} and other front ends print exactly what the
 * repository documents.
 */
public final class RuleDocs {

    private RuleDocs() {}

    /** The class-path resource holding the page of {@code rule}. */
    public static String resource(RuleDescriptor rule) {
        return "/datalayer-lint/" + rule.docsPath();
    }

    /** The Markdown page of {@code rule}, or empty when the build shipped none. */
    public static Optional<String> page(RuleDescriptor rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(resource(rule))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
