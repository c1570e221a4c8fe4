package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.config.ConfigException;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.config.LintConfig;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.recording.JsLimits;
import dev.datalayerlint.core.report.ReportContext;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.values.PrintableText;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("datalayer-lint: skipped (datalayer.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        LintConfig config = config(base);
        Severity threshold = failOn == null || failOn.isBlank() ? config.failOn() : failLevel(failOn);
        List<ReportFormat> reportFormats = reportFormats(formats);
        RecordingSet set = recordings == null ? new RecordingSet() : recordings;
        RecordingSet.Expansion found = set.expand(base);
        for (Path skipped : found.skipped()) {
            log.warn("datalayer-lint: " + PrintableText.escape(shown(base, skipped)) + " is a symbolic link leading"
                    + " outside the recordings directory or not a regular file: not read (see docs/security.md)");
        }
        List<Path> files = found.files();
        if (files.isEmpty()) {
            Path directory = set.directory(base);
            String what = "datalayer-lint: no recordings in " + shown(base, directory);
            if (Files.isDirectory(directory)) {
                // The folder is there, so the patterns probably miss what was meant.
                log.warn(what + " match " + String.join(", ", set.effectiveIncludes()) + ": nothing validated");
            } else {
                log.info(what + " (no such directory): nothing validated");
            }
        }
        ValidationRequest.Builder request = request(base, files);
        request.rules(config.rules()).ignore(config.ignore()).jsLimits(jsLimits(config.jsLimits()));
        if (contractsDirectory == null) {
            config.contractDirectories().forEach(request::contractDirectory);
        }

        Report report;
        try {
            report = Shared.VALIDATOR.validate(request.build(), progress(log));
        } catch (ContractException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
        for (Finding finding : report.active()) {
            String line = line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        List<Path> written = writeReports(
                base.resolve(outputDirectory.toPath()).normalize(),
                report,
                new ReportContext(threshold, false),
                reportFormats);
        String reports = written.stream().map(p -> shown(base, p)).collect(Collectors.joining(", "));
        log.info(summaryLine(report.summary(), threshold)
                + (written.size() == 1 ? "; report: " : "; reports: ")
                + reports);
        if (report.failsAt(threshold)) {
            long count = report.active().stream()
                    .filter(f -> f.severity().atLeast(threshold))
                    .count();
            throw new MojoFailureException("datalayer-lint: " + count + (count == 1 ? " finding" : " findings")
                    + " at or above " + threshold.label() + " (failOn); see " + reports);
        }
    }

    /** The one core call's request: the files of the recording set, the contract settings, the base directory. */
    ValidationRequest.Builder request(Path base, List<Path> files) {
        ValidationRequest.Builder request = ValidationRequest.builder().baseDirectory(base);
        files.forEach(request::path);
        if (contract != null && !contract.isBlank()) {
            request.contract(contract.trim());
        }
        if (contractsDirectory != null) {
            request.contractDirectory(
                    base.resolve(contractsDirectory.toPath()).toAbsolutePath().normalize());
        }
        return request;
    }

    /** The configuration file's settings, or the defaults when {@code configFile} is not set. */
    LintConfig config(Path base) throws MojoExecutionException {
        if (configFile == null) {
            return LintConfig.DEFAULTS;
        }
        Path file = base.resolve(configFile.toPath()).toAbsolutePath().normalize();
        try {
            return ConfigLoader.load(file, shown(base, file));
        } catch (ConfigException e) {
            throw new MojoExecutionException("datalayer-lint: " + e.getMessage(), e);
        }
    }

    /** The configuration's JavaScript limits with {@code jsTimeout} and {@code jsStatementLimit} applied. */
    JsLimits jsLimits(JsLimits configured) throws MojoExecutionException {
        JsLimits limits = configured;
        try {
            if (jsTimeout != null && !jsTimeout.isBlank()) {
                limits = limits.withCpuTime(JsLimits.parseDuration(jsTimeout));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("datalayer-lint: jsTimeout: " + e.getMessage(), e);
        }
        try {
            if (jsStatementLimit != null && !jsStatementLimit.isBlank()) {
                limits = limits.withStatementLimit(JsLimits.parseStatementLimit(jsStatementLimit));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("datalayer-lint: jsStatementLimit: " + e.getMessage(), e);
        }
        return limits;
    }

    /** {@code failOn} as a severity; {@code never} is null, as {@link Report#failsAt} takes it. */
    static Severity failLevel(String text) throws MojoExecutionException {
        if (text == null || text.isBlank()) {
            return Severity.ERROR;
        }
        if ("never".equalsIgnoreCase(text.trim())) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "datalayer-lint: failOn takes error, warning, info or never, not '" + text.trim() + "'", e);
        }
    }

    /** The formats, each value also split at commas, in order and without repeats. */
    static List<ReportFormat> reportFormats(List<String> values) throws MojoExecutionException {
        Set<ReportFormat> out = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    out.add(ReportFormat.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException(
                            "datalayer-lint: formats: '" + name.trim() + "' is not a report format; use "
                                    + formatNames(),
                            e);
                }
            }
        }
        if (out.isEmpty()) {
            throw new MojoExecutionException("datalayer-lint: formats is empty; use " + formatNames());
        }
        return new ArrayList<>(out);
    }

    private static String formatNames() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }

    /**
     * One log line per finding: {@code file:line:column severity message pointer [rule]}, escaped (the build log is a
     * CI log: no control character from a recording may reach it).
     */
    static String line(Finding finding) {
        return PrintableText.escape(
                finding.location() + " " + finding.severity().label() + " " + finding.message()
                        + (finding.pointer().isEmpty() ? "" : " " + finding.pointer()) + " [" + finding.ruleId() + "]");
    }

    static String summaryLine(Summary s, Severity threshold) {
        return "datalayer-lint: " + plural(s.files(), "file") + ", " + plural(s.pushes(), "push") + ": "
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info")
                + (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "")
                + " (fail level: " + (threshold == null ? "never" : threshold.label()) + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") ? "es" : "s");
    }

    private static List<Path> writeReports(
            Path directory, Report report, ReportContext context, List<ReportFormat> reportFormats)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : reportFormats) {
            Path file = directory.resolve(format.fileName());
            try {
                Files.createDirectories(directory);
                // Replaces what it cannot encode instead of throwing MalformedInputException mid-report (as
                // Files.newBufferedWriter would); the reporters escape lone surrogates first anyway.
                try (Writer out = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
                    format.reporter().write(report, context, new KeepOpen(out));
                }
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException(
                        "datalayer-lint: cannot write the " + format.label() + " report " + file + ": " + e, e);
            }
            written.add(file);
        }
        return written;
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

    /** A path as the log shows it: relative to the project when inside it. */
    private static String shown(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    /** The file stays ours to close: a reporter that closes its writer would lose what it writes afterwards. */
    private static final class KeepOpen extends FilterWriter {
        KeepOpen(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** One validator per plugin class realm, shared by the modules of a build (it is thread-safe). */
    private static final class Shared {
        static final Validator VALIDATOR = Validator.create();
    }
}
