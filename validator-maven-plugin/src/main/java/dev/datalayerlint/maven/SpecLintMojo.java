package dev.datalayerlint.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's tagging-spec pages, so a spec repository's CI fails on a broken page: the Maven front end of
 * {@code datalayer-lint spec lint}. Findings are logged and written like {@code validate}'s; a missing folder lints
 * nothing and passes.
 */
@Mojo(name = "spec-lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class SpecLintMojo extends LintMojo {

    /** The folder of spec pages ({@code .md}), linted as a whole so links between pages resolve. */
    @Parameter(property = "datalayer.specs", defaultValue = "${project.basedir}/specs")
    File specs;

    /** Where the reports are written. */
    @Parameter(
            property = "datalayer.specOutputDirectory",
            defaultValue = "${project.build.directory}/datalayer-lint/spec")
    File outputDirectory;

    @Override
    String goalClass() {
        return "dev.datalayerlint.maven.SpecLintGoal";
    }
}
