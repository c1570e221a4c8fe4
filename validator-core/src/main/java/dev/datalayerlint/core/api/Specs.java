package dev.datalayerlint.core.api;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.spec.CompiledSchema;
import dev.datalayerlint.core.spec.ContractRenderer;
import dev.datalayerlint.core.spec.SpecRun;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.UsageException;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Tagging specs turned into contracts and back: {@code spec compile} and {@code spec render}. Linting specs is a
 * run like any other and goes through {@link LintRun#executeSpecs}.
 */
public final class Specs {

    /**
     * One schema written by {@link #compile}.
     *
     * @param file where it was written, as {@code outDirectory} was given plus the schema's file name
     */
    public record Written(String page, String id, Path file) {}

    /**
     * @param problems pages that could not be read ({@code spec.unreadable}); the others were compiled
     */
    public record Compilation(List<Written> written, List<Finding> problems) {
        public Compilation {
            written = List.copyOf(written);
            problems = List.copyOf(problems);
        }
    }

    private Specs() {}

    /**
     * Compiles the pages under {@code paths} into draft 2020-12 contracts written under {@code outDirectory}; all
     * paths are relative to {@code workingDirectory}.
     *
     * @throws UsageException for a path that does not exist or a schema that cannot be written
     */
    public static Compilation compile(Path workingDirectory, List<Path> paths, Path outDirectory) {
        for (Path path : paths) {
            if (!Files.exists(workingDirectory.resolve(path))) {
                throw new UsageException("no such file or folder: " + path);
            }
        }
        SpecRun run = new SpecRun(workingDirectory);
        List<Written> written = new ArrayList<>();
        Path directory = workingDirectory.resolve(outDirectory);
        for (CompiledSchema schema : run.compile(paths)) {
            Path file = directory.resolve(schema.fileName());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema.schema()) + "\n");
            } catch (IOException | SecurityException e) {
                throw new UsageException("cannot write " + file + ": " + e);
            }
            written.add(new Written(schema.page(), schema.id(), outDirectory.resolve(schema.fileName())));
        }
        return new Compilation(written, run.problems());
    }

    /**
     * A contract written as a tagging-spec page.
     *
     * @param contract a shipped contract id ({@code ga4/refund}) or a {@code .json} schema file relative to
     *     {@code workingDirectory}
     * @throws UsageException when it is neither, or the file is not JSON
     */
    public static String render(Path workingDirectory, String contract) {
        Path file = workingDirectory.resolve(contract);
        if (contract.endsWith(".json") && Files.isRegularFile(file)) {
            try {
                return new ContractRenderer()
                        .render(
                                Json.MAPPER.readTree(Files.readString(file)),
                                file.toUri().toString());
            } catch (JacksonException e) {
                throw new UsageException(contract + ": not a JSON schema: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UsageException("cannot read " + contract + ": " + e.getMessage());
            }
        }
        if (ContractCatalog.shipped().byId(contract).isPresent()) {
            return new ContractRenderer().renderShipped(contract);
        }
        throw new UsageException(
                "no contract or schema file '" + contract + "'; 'datalayer-lint contracts' lists them");
    }
}
