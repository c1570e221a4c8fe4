package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one page's findings, stamping each with its rule's default severity, the page, the page's event and a
 * pointer to the field in the push the page specifies ({@code /ecommerce/value}); a spec check only says which rule,
 * what, and where in the page. The team's rule configuration applies here, as the engine applies it to recordings: a
 * rule switched off reports nothing, a configured severity replaces the default, and a finding the page's
 * suppression comments cover is kept, marked suppressed.
 */
final class SpecFindings {

    private final String file;
    private final String event;
    private final String pointerPrefix;
    private final RuleConfig config;
    private final SpecSuppressions suppressions;
    private final List<Finding> findings = new ArrayList<>();

    SpecFindings(String file, String event, String pointerPrefix) {
        this(file, event, pointerPrefix, RuleConfig.DEFAULTS, SpecSuppressions.NONE);
    }

    SpecFindings(String file, String event, String pointerPrefix, RuleConfig config, SpecSuppressions suppressions) {
        this.file = file;
        this.event = event;
        this.pointerPrefix = pointerPrefix;
        this.config = config;
        this.suppressions = suppressions;
    }

    /** @param field the field's dotted path ({@code items.item_id}), or null for the page itself */
    void report(RuleDescriptor rule, String message, String field, int line, int column) {
        if (config.isOff(rule.id())) {
            return;
        }
        String pointer =
                field == null ? "" : pointerPrefix + "/" + escape(field).replace('.', '/');
        findings.add(Finding.builder(
                        rule.id(),
                        config.severity(rule.id(), rule.defaultSeverity()),
                        message,
                        new SourceLocation(file, line, column))
                .pointer(pointer)
                .event(event)
                .suppressed(suppressions.covers(rule.id(), line, column))
                .build());
    }

    void report(RuleDescriptor rule, String message, String field, FieldFacts.Fact at) {
        report(rule, message, field, at.line(), at.column());
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
