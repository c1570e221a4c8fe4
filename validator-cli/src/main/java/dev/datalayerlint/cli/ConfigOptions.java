package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RunOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The configuration-file flags every linting command shares ({@code validate}, {@code spec lint}), as a picocli mixin
 * so the commands read the team's rule settings the same way.
 */
final class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "The configuration file (default: datalayer-lint.json, .yaml or .yml in the working"
                    + " directory, if there is one).")
    Path configFile;

    @Option(
            names = "--no-config",
            description = "Use no configuration file, not even the one in the working directory.")
    boolean noConfig;

    /** Sets the configuration of {@code run}; a usage error when both flags are given. */
    RunOptions.Builder applyTo(RunOptions.Builder run) {
        if (noConfig && configFile != null) {
            throw new Main.UsageException("--config and --no-config exclude each other");
        }
        return run.configFile(configFile).discoverConfig(!noConfig);
    }
}
