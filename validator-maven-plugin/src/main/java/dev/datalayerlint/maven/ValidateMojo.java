package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.api.UsageException;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.values.PrintableText;
import java.io.File;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's recorded {@code dataLayer} pushes against the datalayer-lint contracts: the Maven front end
 * of {@code datalayer-lint validate}. Every finding is logged as
 * {@code file:line:column severity message pointer [rule]},
 * the reports are written to {@code outputDirectory}, and findings at or above {@code failOn} fail the build.
 *
 * <p>Outcomes: findings at the fail level end in a {@code MojoFailureException} (the build fails, naming the count
 * and the report); a problem of the tool or its setup (an unusable contracts directory, an unknown contract, a bad
 * parameter value, a report that cannot be written) ends in a {@code MojoExecutionException}. No recordings found
 * is not an error: the goal says that nothing was validated and passes.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {

    /** The project's base directory: file names in findings and in the log are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The recordings to validate, a file set: {@code directory} (default {@code src/test/datalayer}, relative to the
     * project), {@code includes} (default {@code **}{@code /*.js, **}{@code /*.json, **}{@code /*.ndjson,
     * **}{@code /*.jsonl}) and {@code excludes}. The user property sets only the directory. A missing directory or
     * an empty set validates nothing and passes.
     */
    @Parameter(property = "datalayer.recordings")
    RecordingSet recordings;

    /**
     * A contract id (such as {@code ga4/refund}) that every whole document is validated against, instead of routing
     * each push to its contract by event name. For recordings of request bodies rather than {@code dataLayer}
     * pushes.
     */
    @Parameter(property = "datalayer.contract")
    String contract;

    /**
     * A directory of project contracts (JSON Schema files) that extend or override the shipped ones: a file at
     * {@code ga4/refund.json} in it replaces the shipped {@code ga4/refund} contract. Unset: only the shipped
     * contracts. A directory that does not exist or holds an invalid schema is an error of the build.
     */
    @Parameter(property = "datalayer.contractsDirectory")
    File contractsDirectory;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info}, or {@code never} to
     * only report. Unset: the configuration file's {@code failOn}, else {@code error}.
     */
    @Parameter(property = "datalayer.failOn")
    String failOn;

    /**
     * The report formats to write to {@code outputDirectory}, comma-separated, each under its own file name
     * ({@code json}: {@code report.json}, {@code text}: {@code report.txt}, and so on for every format of the core).
     */
    @Parameter(property = "datalayer.formats", defaultValue = "json")
    List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "datalayer.outputDirectory", defaultValue = "${project.build.directory}/datalayer-lint")
    File outputDirectory;

    /** Skips the goal: nothing is validated and no report is written. */
    @Parameter(property = "datalayer.skip", defaultValue = "false")
    boolean skip;

    /**
     * The datalayer-lint configuration file ({@code datalayer-lint.json} or {@code .yaml}), the same file as the CLI's
     * {@code --config}: rule severities and rules switched off, path ignores, contract folders and the fail level.
     * The plugin's own {@code failOn} and {@code contractsDirectory}, when set, win over the file. Unset: no file.
     */
    @Parameter(property = "datalayer.configFile")
    File configFile;

    /**
     * Most CPU time one JavaScript recording's own execution may use before it is stopped ({@code input.timeout}): a
     * whole number and {@code ms}, {@code s} or {@code m}, e.g. {@code 30s} or {@code 1500ms}. CPU time, not
     * wall-clock time, so a busy build machine gives the same verdict. Unset: the configuration file's
     * {@code jsTimeout}, else {@code 30s}.
     */
    @Parameter(property = "datalayer.jsTimeout")
    String jsTimeout;

    /**
     * Most JavaScript statements one recording may execute before it is stopped ({@code input.limit}). Unset: the
     * configuration file's {@code jsStatementLimit}, else 5000000.
     */
    @Parameter(property = "datalayer.jsStatementLimit")
    String jsStatementLimit;

    /**
     * Reports suppression comments that suppressed nothing ({@code input.unused-directive}). Unset: the configuration
     * file's {@code reportUnusedDisableDirectives}, else off.
     */
    @Parameter(property = "datalayer.reportUnusedDisableDirectives", defaultValue = "false")
    boolean reportUnusedDisableDirectives;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("datalayer-lint: skipped (datalayer.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        RecordingSet set = recordings == null ? new RecordingSet() : recordings;
        RecordingSet.Expansion found = set.expand(base);
        for (Path skipped : found.skipped()) {
            log.warn(
                    "datalayer-lint: " + PrintableText.escape(BuildOutcome.shown(base, skipped)) + " is a symbolic link"
                            + " leading outside the recordings directory or not a regular file: not read (see docs/security.md)");
        }
        List<Path> files = found.files();
        if (files.isEmpty()) {
            Path directory = set.directory(base);
            String what = "datalayer-lint: no recordings in " + BuildOutcome.shown(base, directory);
            if (Files.isDirectory(directory)) {
                // The folder is there, so the patterns probably miss what was meant.
                log.warn(what + " match " + String.join(", ", set.effectiveIncludes()) + ": nothing validated");
            } else {
                log.info(what + " (no such directory): nothing validated");
            }
        }
        RunOutcome outcome;
        try {
            outcome = LintRun.execute(options(base, files, log), Writer.nullWriter(), false);
        } catch (UsageException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
        BuildOutcome.publish(log, base, outcome);
    }

    /** The parameters as the shared run policy takes them; it parses and checks them as the CLI's flags. */
    RunOptions options(Path base, List<Path> files, Log log) {
        RunOptions.Builder run = RunOptions.builder(base)
                .configFile(configFile == null ? null : configFile.toPath())
                .failOn(failOn)
                .formats(formats == null ? List.of() : formats)
                .defaultFormat("json")
                .outputDirectory(outputDirectory.toPath())
                .contract(contract)
                .contractDirectories(contractsDirectory == null ? List.of() : List.of(contractsDirectory.toPath()))
                .jsTimeout(jsTimeout)
                .jsStatementLimit(jsStatementLimit)
                .reportUnusedDisableDirectives(reportUnusedDisableDirectives)
                .progress(progress(log));
        files.forEach(file -> run.input(Input.path(file)));
        return run.build();
    }

    private static ProgressListener progress(Log log) {
        return new ProgressListener() {
            @Override
            public void fileStarted(String name) {
                if (log.isDebugEnabled()) {
                    log.debug("datalayer-lint: reading " + PrintableText.escape(name));
                }
            }
        };
    }
}
