package dev.datalayerlint.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the parameters that map onto the core's run policy one to one, and a check of the JDK.
 * The goal classes and their parameter types are compiled for Java 8, so Maven on an older JDK (Debian's Maven runs on
 * Java 17) gets one line saying which JDK the tool needs instead of an {@code UnsupportedClassVersionError}; the work
 * itself is done by a {@link Goal} compiled for Java 21, loaded only once the JDK is known to be new enough.
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
        String running = System.getProperty("java.specification.version", "?");
        if (feature(running) < 21) {
            // This class is compiled for Java 8, so an older JDK reaches this line instead of failing to load the
            // goal with an UnsupportedClassVersionError and a stack trace.
            throw new MojoExecutionException("datalayer-lint needs Java 21 or newer, but Maven runs on Java " + running
                    + " (" + System.getProperty("java.home")
                    + "); run Maven with a JDK 21+, e.g. JAVA_HOME=/path/to/jdk-21"
                    + " mvn verify");
        }
        Goal goal;
        try {
            goal = (Goal) Class.forName(goalClass()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new MojoExecutionException("datalayer-lint: cannot start " + goalClass() + ": " + e, e);
        }
        goal.run(this);
    }

    /** The class (compiled for Java 21) that runs this goal. */
    abstract String goalClass();

    /** {@code 17} for "17", {@code 8} for "1.8". */
    static int feature(String specificationVersion) {
        try {
            String version =
                    specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
            int dot = version.indexOf('.');
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
