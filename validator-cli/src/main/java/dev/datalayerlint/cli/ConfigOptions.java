package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.spi.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which configuration file a run uses ({@code -c}, {@code --no-config}) and {@code --print-config}: the run policy
 * finds, reads and merges the file; these options only say which.
 */
final class ConfigOptions {

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "The configuration file (default: the datalayer-lint.json, .yaml or .yml nearest the working"
                    + " directory, up to the repository's root).")
    Path configFile;

    @Option(names = "--no-config", description = "Use no configuration file, not even one that would be found.")
    boolean noConfig;

    @Option(
            names = "--print-config",
            paramLabel = "FILE",
            description = "Print the configuration a run would use for FILE (file and flags merged) as JSON, and exit.")
    Path printConfig;

    /** Sets these options on a run. */
    RunOptions.Builder applyTo(RunOptions.Builder run) {
        if (noConfig && configFile != null) {
            throw new UsageException("--config and --no-config exclude each other");
        }
        return run.configFile(configFile).discoverConfig(!noConfig);
    }
}
