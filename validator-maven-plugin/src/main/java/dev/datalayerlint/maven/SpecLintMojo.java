package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.api.UsageException;
import dev.datalayerlint.core.spi.Input;
import java.io.File;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's tagging-spec pages, so a spec repository's CI fails on a broken page: the Maven front end of
 * {@code datalayer-lint spec lint}. Findings are logged and written like {@code validate}'s; a missing folder lints
 * nothing and passes.
 */
@Mojo(name = "spec-lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class SpecLintMojo extends AbstractMojo {

    /** The project's base directory: file names in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The folder of spec pages ({@code .md}), linted as a whole so links between pages resolve. */
    @Parameter(property = "datalayer.specs", defaultValue = "${project.basedir}/specs")
    File specs;

    /** The least severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "datalayer.failOn", defaultValue = "error")
    String failOn;

    /** The report formats, comma-separated, written to {@code outputDirectory} under their default names. */
    @Parameter(property = "datalayer.formats", defaultValue = "json")
    List<String> formats;

    /** Where the reports are written. */
    @Parameter(
            property = "datalayer.specOutputDirectory",
            defaultValue = "${project.build.directory}/datalayer-lint/spec")
    File outputDirectory;

    /**
     * A configuration file (JSON or YAML, as {@code validate}'s): its {@code rules} switch {@code spec.*} rules off or
     * change their severity. Unset: no file.
     */
    @Parameter(property = "datalayer.configFile")
    File configFile;

    /** Skips the goal. */
    @Parameter(property = "datalayer.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("datalayer-lint: skipped (datalayer.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path folder = base.resolve(specs.toPath()).normalize();
        if (!Files.isDirectory(folder)) {
            getLog().info("datalayer-lint: no spec folder " + base.relativize(folder) + ": nothing linted");
            return;
        }
        RunOptions options = RunOptions.builder(base)
                .input(Input.path(folder))
                .configFile(configFile == null ? null : configFile.toPath())
                .failOn(failOn)
                .formats(formats == null ? List.of() : formats)
                .defaultFormat("json")
                .outputDirectory(outputDirectory.toPath())
                .build();
        RunOutcome outcome;
        try {
            outcome = LintRun.executeSpecs(options, Writer.nullWriter(), false);
        } catch (UsageException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
        BuildOutcome.publish(getLog(), base, outcome);
    }
}
