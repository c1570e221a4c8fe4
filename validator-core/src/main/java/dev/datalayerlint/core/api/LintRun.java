package dev.datalayerlint.core.api;

import dev.datalayerlint.core.config.ConfigException;
import dev.datalayerlint.core.config.ConfigLoader;
import dev.datalayerlint.core.config.LintConfig;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.report.ReportContext;
import dev.datalayerlint.core.report.ReportFormat;
import dev.datalayerlint.core.report.ReportTargets;
import dev.datalayerlint.core.run.FileRun;
import dev.datalayerlint.core.run.GlobPaths;
import dev.datalayerlint.core.run.PathIgnores;
import dev.datalayerlint.core.run.Timelines;
import dev.datalayerlint.core.spec.SpecRun;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.spi.UsageException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run policy every front end shares: find and read the configuration file, merge it with the front end's
 * settings (which win), parse the fail level, the formats and the JavaScript limits, lint, and write the reports.
 * The CLI and the Maven plugin only map their arguments onto {@link RunOptions} and the {@link RunOutcome} onto an
 * exit code or a build result, so both accept, reject and report exactly the same things.
 */
public final class LintRun {

    private LintRun() {}

    /** Lints under the configuration; keeps the recordings in {@code timelines} when it is not null (html). */
    @FunctionalInterface
    private interface Lint {
        Report apply(LintConfig config, List<Input> inputs, Timelines timelines);
    }

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
                (config, inputs, timelines) -> new FileRun(
                                profile(options, config).linter(),
                                options.workingDirectory(),
                                ignores(options, config),
                                threads(options))
                        .run(inputs, options.progress(), timelines));
    }

    /**
     * Lints the tagging-spec pages and folders named by the options' path inputs, under the same policy (fail level,
     * formats, report files, configuration file).
     *
     * @throws UsageException as {@link #execute}
     */
    public static RunOutcome executeSpecs(RunOptions options, Writer stdout, boolean color) {
        return run(options, stdout, color, (config, inputs, timelines) -> {
            List<Path> pages = new ArrayList<>();
            for (Input input : inputs) {
                if (!(input instanceof Input.PathInput(Path path))) {
                    throw new UsageException("tagging specs are read from files and folders, not from " + input);
                }
                pages.add(path);
            }
            return new SpecRun(options.workingDirectory()).lint(pages, config.rules());
        });
    }

    /**
     * The configuration a run with these options would use for {@code file}, as JSON: the file found or named, the
     * rules set apart from their defaults, the ignore patterns (the file's and the options'), whether they ignore {@code file},
     * the contract folders, the fail level, the warning limit and the JavaScript limits. What
     * {@code --print-config FILE} prints, to answer "why is this (not) reported?" without reading the code.
     *
     * @throws UsageException as {@link #execute}
     */
    public static String effectiveConfig(RunOptions options, Path file) {
        LintConfig config = config(options);
        Severity failOn = blank(options.failOn()) ? config.failOn() : failLevel(options);
        JsLimits limits = limits(options, config.jsLimits());
        Integer maxWarnings = maxWarnings(options);
        List<String> ignores = ignores(options, config);
        Path base = options.workingDirectory();
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("file", shown(base, base.resolve(file)));
        json.put(
                "configFile",
                configFile(options).map(found -> shown(base, found)).orElse(null));
        json.put("ignored", PathIgnores.ignored(ignores, base, base.resolve(file)));
        ObjectNode rules = json.putObject("rules"); // what differs from the rules' defaults ('datalayer-lint rules')
        config.rules().severities().forEach((id, severity) -> rules.put(id, severity.label()));
        config.rules().disabled().forEach(id -> rules.put(id, "off"));
        ArrayNode ignore = json.putArray("ignore");
        ignores.forEach(ignore::add);
        ArrayNode contracts = json.putArray("contracts");
        contractDirectories(options, config).forEach(dir -> contracts.add(shown(base, dir)));
        json.put("failOn", failOn == null ? "never" : failOn.label());
        json.put("maxWarnings", maxWarnings);
        json.put("quiet", options.quiet());
        json.put("jsTimeout", limits.cpuTimeText().replace(" ", ""));
        json.put("jsStatementLimit", limits.statementLimit());
        return json.toPrettyString();
    }

    private static RunOutcome run(RunOptions options, Writer stdout, boolean color, Lint lint) {
        LintConfig config = config(options);
        Severity failOn = blank(options.failOn()) ? config.failOn() : failLevel(options);
        Integer maxWarnings = maxWarnings(options);
        ReportTargets targets = targets(options);
        Timelines timelines = targets.includes(ReportFormat.HTML) ? new Timelines() : null;
        Report report = lint.apply(config, inputs(options), timelines);
        long warnings = report.summary().warnings();
        if (options.quiet()) {
            report = errorsOnly(report);
        }
        ReportContext context = new ReportContext(
                failOn, color, timelines == null ? List.of() : timelines.all(), options.ruleDocsBase());
        try {
            List<Path> written = targets.write(report, context, stdout);
            return new RunOutcome(report, failOn, written, warnings, maxWarnings, options.name("maxWarnings"));
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The options' inputs, then their paths: globs expanded, every other path checked to exist. */
    private static List<Input> inputs(RunOptions options) {
        List<Input> inputs = new ArrayList<>(options.inputs());
        Path base = options.workingDirectory();
        for (String path : options.paths()) {
            if (GlobPaths.isGlob(path) && !Files.exists(base.resolve(path))) {
                List<Path> matches;
                try {
                    matches = GlobPaths.expand(base, path);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("'" + path + "' is not a valid glob: " + e.getMessage(), e);
                } catch (UncheckedIOException e) {
                    throw new UsageException(e.getMessage(), e);
                }
                if (matches.isEmpty()) {
                    throw new UsageException("no recordings match '" + path + "'");
                }
                matches.forEach(file -> inputs.add(Input.path(file)));
            } else {
                Path file = base.resolve(path);
                if (!Files.exists(file)) {
                    throw new UsageException("no such file or folder: " + path);
                }
                inputs.add(Input.path(file));
            }
        }
        return inputs;
    }

    /** The configuration file's ignore patterns (relative to its folder) and the options' (to the working one). */
    private static List<String> ignores(RunOptions options, LintConfig config) {
        List<String> ignores = new ArrayList<>(PathIgnores.anchored(
                configFile(options).map(Path::getParent).orElse(null), options.workingDirectory(), config.ignore()));
        for (String pattern : options.ignorePatterns()) {
            try {
                PathIgnores.checkGlob(pattern);
            } catch (IllegalArgumentException e) {
                throw new UsageException(options.name("ignorePatterns") + ": " + e.getMessage(), e);
            }
            ignores.add(pattern.trim());
        }
        return ignores;
    }

    /** The report with errors alone, counted again: what {@code quiet} shows. */
    private static Report errorsOnly(Report report) {
        List<Finding> errors = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        return new Report(
                report.tool(),
                errors,
                Summary.of(report.summary().files(), report.summary().pushes(), errors),
                report.files());
    }

    private static Integer maxWarnings(RunOptions options) {
        if (blank(options.maxWarnings())) {
            return null;
        }
        String text = options.maxWarnings().trim();
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                options.name("maxWarnings") + " takes a whole number of warnings, 0 or more, not '" + text + "'");
    }

    /** The most threads {@code --threads} takes: far beyond any machine's cores, short of a typo's thousands. */
    private static final int MAX_THREADS = 256;

    private static int threads(RunOptions options) {
        if (blank(options.threads())) {
            // One core is left to the JIT compiler and the collector: on 2 cores a second validating thread was
            // measured no faster (docs/performance.md, "Both cores").
            return Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, MAX_THREADS);
        }
        String text = options.threads().trim();
        try {
            int threads = Integer.parseInt(text);
            if (threads >= 1 && threads <= MAX_THREADS) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(options.name("threads") + " takes a whole number of threads from 1 to " + MAX_THREADS
                + ", not '" + text + "'");
    }

    /** The configuration file the run reads, if any: the one named, else the one discovered (when asked to). */
    private static Optional<Path> configFile(RunOptions options) {
        Path base = options.workingDirectory();
        if (options.configFile() != null) {
            Path file = base.resolve(options.configFile()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new UsageException("configuration file not found: " + options.configFile());
            }
            return Optional.of(file);
        }
        try {
            return options.discoverConfig() ? ConfigLoader.discover(base) : Optional.empty();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static LintConfig config(RunOptions options) {
        Path base = options.workingDirectory();
        try {
            return configFile(options)
                    .map(file -> ConfigLoader.load(file, shown(base, file)))
                    .orElse(LintConfig.DEFAULTS);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static List<Path> contractDirectories(RunOptions options, LintConfig config) {
        if (options.contractDirectories().isEmpty()) {
            return config.contractDirectories();
        }
        return options.contractDirectories().stream()
                .map(dir -> options.workingDirectory().resolve(dir).normalize())
                .toList();
    }

    /**
     * The profile a run with these options lints with: the configuration file found and merged, contract folders and
     * limits applied, contracts compiled. For front ends that feed recordings to the profile themselves (a Beam
     * pipeline), so they lint with exactly the settings {@code validate} would use.
     *
     * @throws UsageException for a mistake in the options, the configuration file or the contracts
     */
    public static LintProfile profile(RunOptions options) {
        return profile(options, config(options));
    }

    private static LintProfile profile(RunOptions options, LintConfig config) {
        LintProfile.Builder profile = LintProfile.builder()
                .contract(options.contract())
                .rules(
                        options.reportUnusedDisableDirectives()
                                ? config.rules().reportingUnusedDirectives()
                                : config.rules())
                .limits(limits(options, config.jsLimits()));
        contractDirectories(options, config).forEach(profile::contractDirectory);
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

    /**
     * Writes a commented starter configuration ({@code datalayer-lint init}) into {@code directory}.
     *
     * @return the file written
     * @throws UsageException when a configuration file is already there
     */
    public static Path writeStarterConfig(Path directory) {
        return dev.datalayerlint.core.config.StarterConfig.write(directory);
    }

    /** The report formats' names, as {@code --format} takes them. */
    public static List<String> reportFormats() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
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
