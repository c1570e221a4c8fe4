package dev.datalayerlint.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.api.ValidationRequest;
import dev.datalayerlint.core.api.Validator;
import dev.datalayerlint.core.report.JsonReporter;
import dev.datalayerlint.core.spi.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@link DataLayerLintPipeline} on the DirectRunner as a user would, and the core's file run to compare. */
final class PipelineRun {

    private PipelineRun() {}

    /** The pipeline's findings lines (all shards), sorted. */
    static List<String> pipeline(Path base, String glob, Path out, String... more) {
        List<String> args = new ArrayList<>(
                List.of("--input=" + base.resolve(glob), "--output=" + out + "/", "--baseDirectory=" + base));
        args.addAll(List.of(more));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataLayerLintPipeline.run(
                args.toArray(String[]::new), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("findings-"))
                    .toList()) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.sort(null);
        return lines;
    }

    /** What {@code datalayer-lint validate} reports on {@code files}, as finding lines, sorted. */
    static List<String> validator(Path base, List<Path> files) {
        ValidationRequest.Builder request = ValidationRequest.builder().baseDirectory(base);
        files.forEach(request::path);
        Report report = Validator.create().validate(request.build());
        List<String> lines = new ArrayList<>(
                report.findings().stream().map(JsonReporter::findingLine).toList());
        lines.sort(null);
        return lines;
    }

    static List<Path> ndjson(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
