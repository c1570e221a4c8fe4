package dev.datalayerlint.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one validation run needs. Built by the CLI, the Maven plugin or a test; the same request always gives
 * the same report.
 *
 * @param contract a contract id that every whole document is validated against, or null to route by event name
 * @param contractDirectories project contract folders that extend or override the shipped contracts
 * @param baseDirectory file names in findings are made relative to it
 */
public record ValidationRequest(
        List<Input> inputs, String contract, List<Path> contractDirectories, RuleConfig rules, Path baseDirectory) {

    public ValidationRequest {
        inputs = List.copyOf(inputs);
        contractDirectories = List.copyOf(contractDirectories);
        rules = rules == null ? RuleConfig.DEFAULTS : rules;
        baseDirectory = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toAbsolutePath();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for callers that set only a few fields. */
    public static final class Builder {
        private final List<Input> inputs = new ArrayList<>();
        private final List<Path> contractDirectories = new ArrayList<>();
        private String contract;
        private RuleConfig rules = RuleConfig.DEFAULTS;
        private Path baseDirectory;

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

        public ValidationRequest build() {
            return new ValidationRequest(inputs, contract, contractDirectories, rules, baseDirectory);
        }
    }
}
