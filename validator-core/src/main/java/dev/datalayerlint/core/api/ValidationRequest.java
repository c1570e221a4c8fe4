package dev.datalayerlint.core.api;

import dev.datalayerlint.core.run.PathIgnores;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.RuleConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one validation run needs. Built by the CLI, the Maven plugin or a test; the same request always gives
 * the same report.
 *
 * @param contract a contract id that every whole document is validated against, or null to route by event name
 * @param contractDirectories project contract folders that extend or override the shipped contracts
 * @param baseDirectory file names in findings are made relative to it, and ignore patterns are matched against them
 * @param ignore glob patterns ({@link java.nio.file.FileSystem#getPathMatcher} syntax) of files and folders that are
 *     never read, matched against paths relative to {@code baseDirectory}; a pattern matching a folder ignores all
 *     of it, and a leading {@code **}{@code /} also matches at the top level
 * @param jsLimits how far a JavaScript recording may run (statements, CPU time); {@link JsLimits#DEFAULTS} if null
 */
public record ValidationRequest(
        List<Input> inputs,
        String contract,
        List<Path> contractDirectories,
        RuleConfig rules,
        Path baseDirectory,
        List<String> ignore,
        JsLimits jsLimits) {

    /**
     * @throws IllegalArgumentException when an ignore pattern is not a valid glob
     */
    public ValidationRequest {
        inputs = List.copyOf(inputs);
        contractDirectories = List.copyOf(contractDirectories);
        rules = rules == null ? RuleConfig.DEFAULTS : rules;
        baseDirectory = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toAbsolutePath();
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        jsLimits = jsLimits == null ? JsLimits.DEFAULTS : jsLimits;
        for (String pattern : ignore) {
            checkGlob(pattern);
        }
    }

    /** A request with the default JavaScript limits. */
    public ValidationRequest(
            List<Input> inputs,
            String contract,
            List<Path> contractDirectories,
            RuleConfig rules,
            Path baseDirectory,
            List<String> ignore) {
        this(inputs, contract, contractDirectories, rules, baseDirectory, ignore, JsLimits.DEFAULTS);
    }

    /** A request that ignores no file. */
    public ValidationRequest(
            List<Input> inputs, String contract, List<Path> contractDirectories, RuleConfig rules, Path baseDirectory) {
        this(inputs, contract, contractDirectories, rules, baseDirectory, List.of());
    }

    /**
     * Checks that {@code pattern} is a glob the ignore list accepts.
     *
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static void checkGlob(String pattern) {
        PathIgnores.checkGlob(pattern);
    }

    /** The profile this request's contracts and rules compile to. */
    public LintProfile profile() {
        LintProfile.Builder profile =
                LintProfile.builder().contract(contract).rules(rules).limits(jsLimits);
        contractDirectories.forEach(profile::contractDirectory);
        return profile.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for callers that set only a few fields. */
    public static final class Builder {
        private final List<Input> inputs = new ArrayList<>();
        private final List<Path> contractDirectories = new ArrayList<>();
        private String contract;
        private final List<String> ignore = new ArrayList<>();
        private RuleConfig rules = RuleConfig.DEFAULTS;
        private Path baseDirectory;
        private JsLimits jsLimits = JsLimits.DEFAULTS;

        public Builder input(Input input) {
            inputs.add(input);
            return this;
        }

        public Builder inputs(List<? extends Input> more) {
            inputs.addAll(more);
            return this;
        }

        public Builder path(Path path) {
            return input(Input.path(path));
        }

        public Builder contract(String id) {
            this.contract = id;
            return this;
        }

        public Builder contractDirectory(Path directory) {
            contractDirectories.add(directory);
            return this;
        }

        public Builder rules(RuleConfig config) {
            this.rules = config;
            return this;
        }

        public Builder baseDirectory(Path directory) {
            this.baseDirectory = directory;
            return this;
        }

        /** Adds glob patterns of files and folders never to read (see {@link ValidationRequest#ignore()}). */
        public Builder ignore(List<String> patterns) {
            ignore.addAll(patterns);
            return this;
        }

        /** Sets how far a JavaScript recording may run (see {@link JsLimits}). */
        public Builder jsLimits(JsLimits limits) {
            this.jsLimits = limits;
            return this;
        }

        public ValidationRequest build() {
            return new ValidationRequest(inputs, contract, contractDirectories, rules, baseDirectory, ignore, jsLimits);
        }
    }
}
