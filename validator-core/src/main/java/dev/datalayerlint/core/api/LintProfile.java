package dev.datalayerlint.core.api;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.linter.RecordingLinter;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.recording.NdjsonLines;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Everything a lint needs, compiled once: contracts (shipped, project folders, schemas held in memory), the rule
 * configuration and the JavaScript limits. Configure once, lint many (Spectral's ruleset): a profile is immutable
 * and thread-safe, so a Selenium suite, the CLI and every thread of a pipeline share one, and it is
 * {@link Serializable} (as its spec, recompiled on arrival) so a distributed worker can hold one.
 *
 * <pre>{@code
 * LintProfile profile = LintProfile.builder().contractDirectory(Path.of("contracts")).build();
 * RecordingResult result = profile.lint("checkout", pushesReadFromTheBrowser);
 * assertFalse(result.failsAt(Severity.ERROR), result.findings().toString());
 * }</pre>
 */
public final class LintProfile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Spec spec;
    private final transient RecordingLinter linter;

    private LintProfile(Spec spec) {
        this.spec = spec;
        ContractCatalog contracts = ContractCatalog.load(
                spec.contractDirectories().stream().map(Path::of).toList(), parse(spec.schemas()));
        Contract forced = null;
        if (spec.contract() != null) {
            forced = contracts
                    .byId(spec.contract())
                    .orElseThrow(() -> new ContractException("unknown contract '" + spec.contract() + "'"
                            + contracts
                                    .closest(spec.contract())
                                    .map(known -> " (did you mean '" + known + "'?)")
                                    .orElse("")
                            + "; known: "
                            + contracts.contracts().stream().map(Contract::id).collect(Collectors.joining(", "))));
        }
        this.linter = new RecordingLinter(contracts, forced, spec.rules(), spec.limits());
    }

    /** The shipped contracts, default rules and limits. */
    public static LintProfile defaults() {
        return Defaults.PROFILE;
    }

    private static final class Defaults {
        static final LintProfile PROFILE = builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Lints pushes a caller holds (read from {@code window.dataLayer}, say); findings name {@code name}. */
    public RecordingResult lint(String name, List<JsonNode> pushes) {
        return linter.lintNodes(name, pushes);
    }

    /** Lints a recording's text (a script, a JSON dump, an NDJSON capture); its suppression comments apply. */
    public RecordingResult lint(String name, String text, RecordingFormat format) {
        return linter.lint(RecordingSource.ofText(name, text), format);
    }

    /** Lints pushes that carry their own source locations (a browser capture, a pipeline's records). */
    public RecordingResult lintPushes(String name, List<Push> pushes) {
        return linter.lintPushes(name, pushes);
    }

    /**
     * Lints NDJSON lines that make one recording, in order, exactly as {@code validate} reads a file of them: a
     * capture's envelope lines of one {@code recording} sorted by {@code seq} (they may come from several files), or a
     * file's lines. Broken lines become findings at their file and line; no line with content is an empty file.
     */
    public RecordingResult lintLines(String name, List<CaptureLine> lines) {
        return linter.lint(name, sink -> {
            NdjsonLines read = new NdjsonLines(sink);
            for (CaptureLine line : lines) {
                if (line.text() == null) {
                    read.notUtf8(line.file(), line.line(), line.badColumn());
                } else {
                    read.accept(line.file(), line.line(), line.text());
                }
            }
            read.end(name);
        });
    }

    /**
     * A recording the caller would not lint because it is larger than it can hold (a pipeline worker's limit): one
     * {@code input.limit} finding at {@code location}, with the configured severity, and no push.
     */
    public RecordingResult refuse(String name, String message, SourceLocation location) {
        return new RecordingResult(
                name, 0, List.of(), linter.findingsFor(new InputProblem(InputRules.LIMIT, message, location)));
    }

    /** The settings this profile was compiled from. */
    public Spec spec() {
        return spec;
    }

    RecordingLinter linter() {
        return linter;
    }

    @Serial
    private Object writeReplace() {
        return new Serialized(spec);
    }

    @Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a LintProfile travels as its spec");
    }

    private static Map<String, JsonNode> parse(Map<String, String> schemas) {
        Map<String, JsonNode> parsed = new LinkedHashMap<>();
        schemas.forEach((path, text) -> {
            try {
                parsed.put(path, Json.MAPPER.readTree(text));
            } catch (JacksonException e) {
                throw new ContractException(path + ": invalid JSON: " + e.getOriginalMessage(), e);
            }
        });
        return parsed;
    }

    /**
     * What a profile is compiled from; plain values only, so it serialises anywhere.
     *
     * @param contractDirectories project contract folders, in order (later ones override)
     * @param schemas project schemas held in memory, by the relative path a file of theirs would have
     * @param contract a contract every whole document is checked against, or null to route by event name
     */
    public record Spec(
            List<String> contractDirectories,
            Map<String, String> schemas,
            String contract,
            RuleConfig rules,
            JsLimits limits)
            implements Serializable {

        public Spec {
            contractDirectories = List.copyOf(contractDirectories);
            schemas = Map.copyOf(schemas);
            rules = Objects.requireNonNullElse(rules, RuleConfig.DEFAULTS);
            limits = Objects.requireNonNullElse(limits, JsLimits.DEFAULTS);
        }

        /**
         * This spec with its contract folders read into {@link #schemas()}: it then needs no file of the machine it
         * was made on, so a pipeline's workers (on Dataflow, Flink, Spark) compile the same contracts the launcher
         * found. Folders are read as a profile reads them ({@code .json} files, sorted, later folders overriding).
         *
         * @throws ContractException when a folder cannot be read
         */
        public Spec selfContained() {
            Map<String, String> inline = new LinkedHashMap<>();
            for (String folder : contractDirectories) {
                ContractCatalog.schemaFiles(Path.of(folder)).forEach((relative, file) -> {
                    try {
                        inline.put(relative, java.nio.file.Files.readString(file));
                    } catch (java.io.IOException e) {
                        throw new ContractException("cannot read contract " + file + ": " + e.getMessage(), e);
                    }
                });
            }
            inline.putAll(schemas);
            return new Spec(List.of(), inline, contract, rules, limits);
        }

        /** Compiles the profile. */
        public LintProfile build() {
            return new LintProfile(this);
        }
    }

    private record Serialized(Spec spec) implements Serializable {
        @Serial
        private Object readResolve() {
            return spec.build();
        }
    }

    /** Fluent construction; {@link #build()} compiles the contracts and fails fast on a bad one. */
    public static final class Builder {
        private final List<String> contractDirectories = new ArrayList<>();
        private final Map<String, String> schemas = new LinkedHashMap<>();
        private String contract;
        private RuleConfig rules = RuleConfig.DEFAULTS;
        private JsLimits limits = JsLimits.DEFAULTS;

        private Builder() {}

        /** Adds a folder of project contracts that extend or override the shipped ones. */
        public Builder contractDirectory(Path directory) {
            contractDirectories.add(directory.toAbsolutePath().toString());
            return this;
        }

        /** Adds a contract held in memory, under the relative path a file of it would have ({@code acme/x.json}). */
        public Builder schema(String path, String json) {
            schemas.put(path, json);
            return this;
        }

        /** Checks every whole document against contract {@code id} instead of routing pushes by event name. */
        public Builder contract(String id) {
            this.contract = id;
            return this;
        }

        public Builder rules(RuleConfig rules) {
            this.rules = rules;
            return this;
        }

        public Builder limits(JsLimits limits) {
            this.limits = limits;
            return this;
        }

        /**
         * @throws ContractException when a contract folder, schema or the forced contract id cannot be used
         */
        public LintProfile build() {
            return new Spec(contractDirectories, schemas, contract, rules, limits).build();
        }
    }
}
