package dev.datalayerlint.maven;

import java.io.File;
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
public class ValidateMojo extends LintMojo {

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

    /** Where the reports are written. */
    @Parameter(property = "datalayer.outputDirectory", defaultValue = "${project.build.directory}/datalayer-lint")
    File outputDirectory;

    /** Reports errors only, as the CLI's {@code --quiet}: warnings and infos are left out and cannot fail the build. */
    @Parameter(property = "datalayer.quiet", defaultValue = "false")
    boolean quiet;

    /**
     * The most warnings that pass, as the CLI's {@code --max-warnings}: more fail the build whatever {@code failOn}
     * says ({@code 0}: no warning may be added). Unset: no limit.
     */
    @Parameter(property = "datalayer.maxWarnings")
    String maxWarnings;

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

    /**
     * Threads that validate at once, as the CLI's {@code --threads}: several recordings, and from 3 on each
     * recording's parse (NDJSON) and per-push checks ahead of its GTM model replay. The report is the same for any
     * number. Unset: one per processor but one, at least 1.
     */
    @Parameter(property = "datalayer.threads")
    String threads;

    @Override
    String goalClass() {
        return "dev.datalayerlint.maven.ValidateGoal";
    }
}
