package dev.datalayerlint.core.api;

import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end was asked, in the user's own words: values as typed (the run policy parses and checks them, so
 * the CLI and the Maven plugin accept and reject exactly the same things) and paths relative to the working
 * directory. Unset values fall back to the configuration file, then to the defaults.
 *
 * @param paths files, folders and globs ({@code recordings/**}{@code /*.json}) as the user typed them, relative to the
 *     working directory; read after {@link #inputs}
 * @param ignorePatterns globs of paths never read, relative to the working directory, besides the configuration's
 * @param quiet report errors only: warnings and infos are left out of the report (and so cannot fail the run), but
 *     still count towards {@code maxWarnings}
 * @param maxWarnings the most warnings a run may have before it fails (a whole number, as typed), or null for no limit
 * @param ruleDocsBase what the HTML report's links to rule pages start with (before {@code docs/rules/<id>.md});
 *     null for the project's published pages
 * @param threads how many threads validate at once (a whole number from 1 to 256, as typed), or null for one per
 *     processor but one: several files at once, and from 3 on each recording's per-push checks ahead of its ordered
 *     stage; the report is the same whatever the number
 * @param optionNames how this front end spells each setting in messages ({@code failOn} is {@code --fail-on} on the
 *     command line); a setting without an entry is named by its configuration key
 */
public record RunOptions(
        Path workingDirectory,
        List<Input> inputs,
        List<String> paths,
        Path configFile,
        boolean discoverConfig,
        String failOn,
        List<String> formats,
        String defaultFormat,
        Path output,
        Path outputDirectory,
        String contract,
        List<Path> contractDirectories,
        String jsTimeout,
        String jsStatementLimit,
        boolean reportUnusedDisableDirectives,
        ProgressListener progress,
        Map<String, String> optionNames,
        List<String> ignorePatterns,
        boolean quiet,
        String maxWarnings,
        String ruleDocsBase,
        String threads) {

    public RunOptions {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        inputs = List.copyOf(inputs);
        paths = List.copyOf(paths);
        ignorePatterns = List.copyOf(ignorePatterns);
        formats = List.copyOf(formats);
        contractDirectories = List.copyOf(contractDirectories);
        progress = Objects.requireNonNullElse(progress, ProgressListener.NONE);
        optionNames = Map.copyOf(optionNames);
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** How this front end names setting {@code key} in a message. */
    String name(String key) {
        return optionNames.getOrDefault(key, key);
    }

    /** Fluent construction; every setting is optional but the working directory. */
    public static final class Builder {
        private final Path workingDirectory;
        private final List<Input> inputs = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private final List<String> ignorePatterns = new ArrayList<>();
        private boolean quiet;
        private String maxWarnings;
        private Path configFile;
        private boolean discoverConfig;
        private String failOn;
        private final List<String> formats = new ArrayList<>();
        private String defaultFormat = "text";
        private Path output;
        private Path outputDirectory;
        private String contract;
        private final List<Path> contractDirectories = new ArrayList<>();
        private String jsTimeout;
        private String jsStatementLimit;
        private boolean reportUnusedDisableDirectives;
        private ProgressListener progress = ProgressListener.NONE;
        private Map<String, String> optionNames = Map.of();
        private String ruleDocsBase;
        private String threads;

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        public Builder input(Input input) {
            inputs.add(input);
            return this;
        }

        /** A file, folder or glob as the user typed it; a glob is expanded by the run, a missing file is an error. */
        public Builder path(String path) {
            paths.add(path);
            return this;
        }

        /** Globs of paths never read, relative to the working directory; added to the configuration's. */
        public Builder ignorePatterns(List<String> patterns) {
            ignorePatterns.addAll(patterns);
            return this;
        }

        /** Errors only in the report. */
        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** The most warnings that pass, as typed; null or blank for no limit. */
        public Builder maxWarnings(String limit) {
            this.maxWarnings = limit;
            return this;
        }

        /** The configuration file; null for none, unless {@link #discoverConfig} finds one. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /**
         * Without a configuration file named, use the {@code datalayer-lint.json|yaml|yml} nearest the working
         * directory: in it, or in a folder above it up to the repository's root (the folder holding {@code .git}).
         */
        public Builder discoverConfig(boolean discover) {
            this.discoverConfig = discover;
            return this;
        }

        /** {@code error}, {@code warning}, {@code info} or {@code never}; null for the configuration's. */
        public Builder failOn(String level) {
            this.failOn = level;
            return this;
        }

        /** Report formats by name; a value may list several, separated by commas. */
        public Builder formats(List<String> names) {
            formats.addAll(names);
            return this;
        }

        /** The format written when none is asked for. */
        public Builder defaultFormat(String name) {
            this.defaultFormat = name;
            return this;
        }

        /** One report to this file instead of standard output. */
        public Builder output(Path file) {
            this.output = file;
            return this;
        }

        /** Each format to this folder under its default file name. */
        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        public Builder contract(String id) {
            this.contract = id == null || id.isBlank() ? null : id.trim();
            return this;
        }

        /** Project contract folders; when any is given, they replace the configuration's. */
        public Builder contractDirectories(List<Path> directories) {
            contractDirectories.addAll(directories);
            return this;
        }

        public Builder jsTimeout(String duration) {
            this.jsTimeout = duration;
            return this;
        }

        /** How many threads validate at once, as typed; null or blank for one per processor but one. */
        public Builder threads(String count) {
            this.threads = count;
            return this;
        }

        public Builder jsStatementLimit(String limit) {
            this.jsStatementLimit = limit;
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = listener;
            return this;
        }

        /** How this front end spells settings in messages, by configuration key. */
        public Builder optionNames(Map<String, String> names) {
            this.optionNames = names;
            return this;
        }

        /**
         * Where the HTML report links rule pages: a URL or a relative path ending in {@code /} (or empty), followed by
         * {@code docs/rules/<id>.md}; null for the project's published pages.
         */
        public Builder ruleDocsBase(String base) {
            this.ruleDocsBase = base;
            return this;
        }

        /** Reports suppression comments that suppressed nothing; false leaves it to the configuration file. */
        public Builder reportUnusedDisableDirectives(boolean report) {
            this.reportUnusedDisableDirectives = report;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(
                    workingDirectory,
                    inputs,
                    paths,
                    configFile,
                    discoverConfig,
                    failOn,
                    formats,
                    defaultFormat,
                    output,
                    outputDirectory,
                    contract,
                    contractDirectories,
                    jsTimeout,
                    jsStatementLimit,
                    reportUnusedDisableDirectives,
                    progress,
                    optionNames,
                    ignorePatterns,
                    quiet,
                    maxWarnings,
                    ruleDocsBase,
                    threads);
        }
    }
}
