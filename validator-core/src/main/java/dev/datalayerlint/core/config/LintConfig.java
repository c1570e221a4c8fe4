package dev.datalayerlint.core.config;

import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * A project's configuration file, read by {@link ConfigLoader}: what the CLI and the Maven plugin apply before their
 * own flags (which win).
 *
 * @param rules rules switched off and severity overrides
 * @param ignore glob patterns of recordings never to read, relative to the run's base directory
 * @param contractDirectories project contract folders, already resolved against the configuration file's folder
 * @param failOn the least severity that fails a run, or null for "never"
 * @param jsLimits how far a JavaScript recording may run ({@code jsStatementLimit}, {@code jsTimeout})
 */
public record LintConfig(
        RuleConfig rules, List<String> ignore, List<Path> contractDirectories, Severity failOn, JsLimits jsLimits) {

    /** What a run uses without a configuration file. */
    public static final LintConfig DEFAULTS =
            new LintConfig(RuleConfig.DEFAULTS, List.of(), List.of(), Severity.ERROR, JsLimits.DEFAULTS);

    public LintConfig {
        rules = rules == null ? RuleConfig.DEFAULTS : rules;
        ignore = List.copyOf(ignore);
        contractDirectories = List.copyOf(contractDirectories);
        jsLimits = jsLimits == null ? JsLimits.DEFAULTS : jsLimits;
    }
}
