package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Turns the pipeline's options into the profile spec every worker compiles, by the run policy {@code validate} uses
 * (the configuration file found or named, its rules and limits, the contract folders): so the pipeline lints with
 * exactly the settings the CLI would in the same folder. The launcher reads the contract folders into the spec
 * itself; a worker on Dataflow has none of the launcher's folders, and the schemas travel with the pipeline.
 */
final class ProfileSpecs {

    private ProfileSpecs() {}

    /** @throws dev.datalayerlint.core.spi.UsageException for a bad configuration file or contract */
    static LintProfile.Spec from(DataLayerLintOptions options, Path base) {
        RunOptions.Builder run = RunOptions.builder(base)
                .discoverConfig(true)
                .optionNames(Map.of("config", "--config", "contracts", "--contracts"));
        if (options.getConfig() != null && !options.getConfig().isBlank()) {
            run.configFile(Path.of(options.getConfig()));
        }
        if (options.getContracts() != null && !options.getContracts().isBlank()) {
            run.contractDirectories(Arrays.stream(options.getContracts().split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Path::of)
                    .toList());
        }
        return LintRun.profile(run.build()).spec().selfContained();
    }
}
