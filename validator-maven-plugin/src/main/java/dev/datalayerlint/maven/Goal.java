package dev.datalayerlint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The work of a goal, compiled for Java 21 and loaded by name only after {@link LintMojo} has checked the JDK; the
 * Mojo itself (compiled for Java 8) holds the parameters Maven injects.
 */
interface Goal {

    void run(LintMojo mojo) throws MojoExecutionException, MojoFailureException;
}
