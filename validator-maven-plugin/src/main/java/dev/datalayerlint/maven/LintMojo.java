package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.UsageException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the parameters that map onto the core's run policy one to one, and the way a run's outcome
 * becomes a build result. A goal says only what it lints and which run it is; the policy itself (configuration file,
 * fail level, formats, reports) lives once, in the core, shared with the CLI.
 */
abstract class LintMojo extends AbstractMojo {

    /** The project's base directory: file names in findings and in the log are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info}, or {@code never} to
     * only report. Unset: the configuration file's {@code failOn}, else {@code error}.
     */
    @Parameter(property = "datalayer.failOn")
    String failOn;

    /**
     * The report formats to write to the output directory, comma-separated, each under its own file name
     * ({@code json}: {@code report.json}, {@code text}: {@code report.txt}, and so on for every format of the core).
     */
    @Parameter(property = "datalayer.formats", defaultValue = "json")
    List<String> formats;

    /**
     * The datalayer-lint configuration file ({@code datalayer-lint.json} or {@code .yaml}), the same file as the CLI's
     * {@code --config}: rule severities and rules switched off, path ignores, contract folders and the fail level.
     * The goal's own parameters, when set, win over the file. Unset: no file.
     */
    @Parameter(property = "datalayer.configFile")
    File configFile;

    /** Skips the goal: nothing is linted and no report is written. */
    @Parameter(property = "datalayer.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("datalayer-lint: skipped (datalayer.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        RunOptions.Builder run = RunOptions.builder(base)
                .configFile(configFile == null ? null : configFile.toPath())
                .failOn(failOn)
                .formats(formats == null ? List.of() : formats)
                .defaultFormat("json");
        Optional<RunOptions.Builder> options = configure(base, run);
        if (options.isEmpty()) {
            return;
        }
        RunOutcome outcome;
        try {
            outcome = run(options.get().build());
        } catch (UsageException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
        BuildOutcome.publish(getLog(), base, outcome);
    }

    /**
     * Adds this goal's inputs and settings to {@code run}; empty when there is nothing to lint (the goal has said
     * so in the log and passes).
     */
    abstract Optional<RunOptions.Builder> configure(Path base, RunOptions.Builder run);

    /** Runs the core's policy for this goal's kind of input. */
    abstract RunOutcome run(RunOptions options);
}
