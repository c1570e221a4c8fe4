package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How every goal runs: its parameters mapped onto the core's run policy (the policy itself, configuration file, fail
 * level, formats and reports, lives once in the core, shared with the CLI), and the outcome turned into a build
 * result. A goal says only what it lints and which run it is.
 */
abstract class LintGoal<M extends LintMojo> implements Goal {

    @Override
    @SuppressWarnings("unchecked")
    public final void run(LintMojo mojo) throws MojoExecutionException, MojoFailureException {
        if (mojo.skip) {
            mojo.getLog().info("datalayer-lint: skipped (datalayer.skip)");
            return;
        }
        Path base = mojo.basedir.toPath().toAbsolutePath().normalize();
        RunOptions.Builder run = RunOptions.builder(base)
                .configFile(mojo.configFile == null ? null : mojo.configFile.toPath())
                .failOn(mojo.failOn)
                .formats(mojo.formats == null ? List.of() : mojo.formats)
                .defaultFormat("json");
        Optional<RunOptions.Builder> options = configure((M) mojo, base, run);
        if (options.isEmpty()) {
            return;
        }
        RunOutcome outcome;
        try {
            outcome = run(options.get().build());
        } catch (UsageException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
        BuildOutcome.publish(mojo.getLog(), base, outcome);
    }

    /**
     * Adds the goal's inputs and settings to {@code run}; empty when there is nothing to lint (the goal has said so
     * in the log and passes).
     */
    abstract Optional<RunOptions.Builder> configure(M mojo, Path base, RunOptions.Builder run);

    /** Runs the core's policy for this goal's kind of input. */
    abstract RunOutcome run(RunOptions options);
}
