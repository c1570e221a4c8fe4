package dev.datalayerlint.core.api;

import dev.datalayerlint.core.config.ConfigException;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.config.LintConfig;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.recording.JsLimits;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.report.ReportTargets;
import dev.datalayerlint.core.spec.SpecRun;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The run policy every front end shares: find and read the configuration file, merge it with the front end's
 * settings (which win), parse the fail level, the formats and the JavaScript limits, lint, and write the reports.
 * The CLI and the Maven plugin only map their arguments onto {@link RunOptions} and the {@link RunOutcome} onto an
 * exit code or a build result, so both accept, reject and report exactly the same things.
 */
public final class LintRun {

    private LintRun() {}

    /**
     * Runs once.
     *
     * @param stdout where the one report goes when no output file or folder is set; never closed
     * @param color whether that report may use colours (a terminal that wants them)
     * @throws UsageException for a mistake in the options, the configuration file or the contracts, or a report
     *     that cannot be written; the message is one line, without the tool's name
     */
    public static RunOutcome execute(RunOptions options, Writer stdout, boolean color) {
        return run(
                options,
                stdout,
                color,
                config -> Validator.create()
                        .validate(
                                profile(options, config),
                                options.inputs(),
                                options.workingDirectory(),
                                config.ignore(),
                                options.progress()));
    }

    /**
     * Lints the tagging-spec pages and folders named by the options' path inputs, under the same policy (fail level,
     * formats, report files, configuration file).
     *
     * @throws UsageException as {@link #execute}
     */
    public static RunOutcome executeSpecs(RunOptions options, Writer stdout, boolean color) {
        List<Path> pages = new ArrayList<>();
        for (Input input : options.inputs()) {
            if (!(input instanceof Input.PathInput(Path path))) {
                throw new UsageException("tagging specs are read from files and folders, not from " + input);
            }
            pages.add(path);
        }
        return run(options, stdout, color, config -> new SpecRun(options.workingDirectory()).lint(pages));
    }

    private static RunOutcome run(RunOptions options, Writer stdout, boolean color, Function<LintConfig, Report> lint) {
        LintConfig config = config(options);
        Severity failOn = blank(options.failOn()) ? config.failOn() : failLevel(options);
        ReportTargets targets = targets(options);
        Report report = lint.apply(config);
        try {
            return new RunOutcome(report, failOn, targets.write(report, failOn, stdout, color));
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static LintConfig config(RunOptions options) {
        Path base = options.workingDirectory();
        try {
            if (options.configFile() != null) {
                Path file = base.resolve(options.configFile()).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("configuration file not found: " + options.configFile());
                }
                return ConfigLoader.load(file, shown(base, file));
            }
            if (options.discoverConfig()) {
                return ConfigLoader.find(base)
                        .map(file -> ConfigLoader.load(file, file.getFileName().toString()))
                        .orElse(LintConfig.DEFAULTS);
            }
            return LintConfig.DEFAULTS;
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static LintProfile profile(RunOptions options, LintConfig config) {
        LintProfile.Builder profile = LintProfile.builder()
                .contract(options.contract())
                .rules(
                        options.reportUnusedDisableDirectives()
                                ? config.rules().reportingUnusedDirectives()
                                : config.rules())
                .limits(limits(options, config.jsLimits()));
        if (options.contractDirectories().isEmpty()) {
            config.contractDirectories().forEach(profile::contractDirectory);
        } else {
            options.contractDirectories()
                    .forEach(dir -> profile.contractDirectory(
                            options.workingDirectory().resolve(dir).normalize()));
        }
        try {
            return profile.build();
        } catch (ContractException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static Severity failLevel(RunOptions options) {
        String text = options.failOn().trim();
        if ("never".equalsIgnoreCase(text)) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    options.name("failOn") + " takes error, warning, info or never, not '" + text + "'", e);
        }
    }

    private static ReportTargets targets(RunOptions options) {
        List<ReportFormat> formats = new ArrayList<>();
        for (String value : options.formats()) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    formats.add(format(options, name));
                }
            }
        }
        if (formats.isEmpty() && !options.formats().isEmpty()) {
            throw new UsageException(options.name("formats") + " names no report format; use " + formatNames());
        }
        if (formats.isEmpty()) {
            formats.add(format(options, options.defaultFormat()));
        }
        Path base = options.workingDirectory();
        Path file = options.output() == null ? null : base.resolve(options.output());
        Path directory = options.outputDirectory() == null ? null : base.resolve(options.outputDirectory());
        if (file != null && directory != null) {
            throw new UsageException(
                    options.name("output") + " and " + options.name("outputDirectory") + " cannot be combined");
        }
        if (formats.stream().distinct().count() > 1 && directory == null) {
            throw new UsageException("several report formats need " + options.name("outputDirectory")
                    + " (each is written there under its default name); "
                    + (file != null ? options.name("output") : "standard output") + " takes one report");
        }
        return ReportTargets.of(formats, file, directory);
    }

    private static ReportFormat format(RunOptions options, String name) {
        try {
            return ReportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    options.name("formats") + ": '" + name.trim() + "' is not a report format; use " + formatNames(),
                    e);
        }
    }

    private static String formatNames() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }

    private static JsLimits limits(RunOptions options, JsLimits configured) {
        JsLimits limits = configured;
        try {
            if (!blank(options.jsTimeout())) {
                limits = limits.withCpuTime(
                        JsLimits.parseDuration(options.jsTimeout().trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(options.name("jsTimeout") + ": " + e.getMessage(), e);
        }
        try {
            if (!blank(options.jsStatementLimit())) {
                limits = limits.withStatementLimit(
                        JsLimits.parseStatementLimit(options.jsStatementLimit().trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(options.name("jsStatementLimit") + ": " + e.getMessage(), e);
        }
        return limits;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A path as messages show it: relative to the working directory when inside it. */
    static String shown(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
