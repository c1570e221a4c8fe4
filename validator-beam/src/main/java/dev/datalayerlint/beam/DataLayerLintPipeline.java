package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The ready pipeline: capture files in, findings and a summary out, on whichever runner {@code --runner} names.
 *
 * <pre>
 * java -cp 'validator-beam/target/*:validator-beam/target/lib/*' dev.datalayerlint.beam.DataLayerLintPipeline \
 *     --input='captures/*.ndjson' --output=out/
 * </pre>
 *
 * Writes {@code out/findings-*.ndjson} (one finding a line, in the JSON report's finding shape) and
 * {@code out/summary.json}. Findings do not fail the pipeline (it watches production, it does not gate a build); a
 * usage mistake is one line on standard error and exit code 2.
 */
public final class DataLayerLintPipeline {

    private DataLayerLintPipeline() {}

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the pipeline to its end; returns the exit code (0 ran, 2 usage error, 3 the pipeline failed). */
    static int run(String[] args, PrintStream err) {
        DataLayerLintOptions options;
        LintProfile.Spec spec;
        try {
            PipelineOptionsFactory.register(DataLayerLintOptions.class);
            options = PipelineOptionsFactory.fromArgs(joinValues(args))
                    .withValidation()
                    .as(DataLayerLintOptions.class);
            FileSystems.setDefaultPipelineOptions(options);
            spec = ProfileSpecs.from(options, base(options));
            requireMatches(options.getInput());
        } catch (IllegalArgumentException | UsageException e) {
            err.println("datalayer-lint-beam: " + firstLine(e.getMessage()));
            return 2;
        }
        PipelineResult result;
        try {
            result = build(options, spec).run();
            result.waitUntilFinish();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("datalayer-lint-beam: the pipeline failed: " + firstLine(String.valueOf(cause)));
            return 3;
        }
        err.println("datalayer-lint-beam: linted " + counter(result, "recordings") + " recording(s), "
                + counter(result, "pushes") + " push(es); " + counter(result, "refused")
                + " refused as too large; findings in " + prefix(options.getOutput()));
        return 0;
    }

    /** A glob that matches no file is a usage error here, on the launcher, not a failed job later. */
    private static void requireMatches(String glob) {
        try {
            MatchResult match = FileSystems.match(glob);
            if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
                throw new UsageException("--input " + glob + " matches no file");
            }
        } catch (IOException e) {
            throw new UsageException("--input " + glob + ": " + e.getMessage(), e);
        }
    }

    /** The pipeline {@link #run} runs, for callers that add steps of their own (a BigQuery sink, say). */
    public static Pipeline build(DataLayerLintOptions options, LintProfile.Spec spec) {
        Pipeline pipeline = Pipeline.create(options);
        PCollection<LintFinding> findings = pipeline.apply(
                        "ReadCaptures",
                        ReadCaptureLines.from(options.getInput(), base(options).toString()))
                .apply(
                        "DataLayerLint",
                        DataLayerLint.validateLines(spec)
                                .withLimits(new RecordingLimits(
                                        options.getMaxRecordingLines(), options.getMaxRecordingBytes())));
        String prefix = prefix(options.getOutput());
        findings.apply(
                        "FindingsAsJson",
                        MapElements.into(TypeDescriptors.strings()).via(LintFinding::toJson))
                .apply("WriteFindings", TextIO.write().to(prefix + "findings").withSuffix(".ndjson"));
        findings.apply("Summarise", Combine.globally(new FindingSummary()))
                .apply(
                        "WriteSummary",
                        TextIO.write()
                                .to(prefix + "summary")
                                .withSuffix(".json")
                                .withoutSharding()
                                .withShardNameTemplate(""));
        return pipeline;
    }

    private static Path base(DataLayerLintOptions options) {
        String base = options.getBaseDirectory();
        return Path.of(base == null || base.isBlank() ? "" : base)
                .toAbsolutePath()
                .normalize();
    }

    private static String prefix(String output) {
        return output.endsWith("/") ? output : output + "/";
    }

    private static long counter(PipelineResult result, String name) {
        MetricQueryResults metrics = result.metrics()
                .queryMetrics(MetricsFilter.builder()
                        .addNameFilter(MetricNameFilter.named(LintRecordingFn.class, name))
                        .build());
        long total = 0;
        for (MetricResult<Long> counter : metrics.getCounters()) {
            total += counter.getAttempted();
        }
        return total;
    }

    /**
     * Accepts {@code --input captures/*.ndjson} as well as Beam's {@code --input=captures/*.ndjson}: the launcher
     * takes no positional argument, so a word after an option without a value is that option's value.
     */
    static String[] joinValues(String[] args) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && !arg.contains("=") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                joined.add(arg + "=" + args[++i]);
            } else {
                joined.add(arg);
            }
        }
        return joined.toArray(String[]::new);
    }

    private static String firstLine(String message) {
        return message == null
                ? "invalid arguments"
                : message.lines().findFirst().orElse(message);
    }
}
