package dev.datalayerlint.core.spi;

/**
 * A rule's identity and documentation: drives severity configuration, {@code rules}/{@code explain}, SARIF rule
 * metadata and the docs page {@code docs/rules/<id>.md}.
 */
public record RuleDescriptor(String id, String summary, Severity defaultSeverity) {

    /** Where the rule's page lives, relative to the repository root. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
