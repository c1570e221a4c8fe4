package dev.datalayerlint.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The options of {@link DataLayerLintPipeline}, besides Beam's own ({@code --runner}, {@code --project}, …). */
public interface DataLayerLintOptions extends PipelineOptions {

    @Description("Capture envelope files to lint: a glob on any Beam file system, e.g. 'captures/*.ndjson' or"
            + " 'gs://bucket/2026-12-01/*.ndjson.gz'")
    @Validation.Required
    String getInput();

    void setInput(String input);

    @Description("Where findings (findings-*.ndjson) and the summary (summary.json) go: a folder or prefix on any Beam"
            + " file system")
    @Validation.Required
    String getOutput();

    void setOutput(String output);

    @Description("Project contract folders, comma-separated (local); they replace the configuration file's folders."
            + " Their schemas travel to the workers with the pipeline")
    String getContracts();

    void setContracts(String contracts);

    @Description("Configuration file (datalayer-lint.json or .yaml), on any Beam file system; default: the one in the"
            + " working directory, as validate finds it")
    String getConfig();

    void setConfig(String config);

    @Description("Local files below this folder are named relative to it in findings (default: the working directory)")
    String getBaseDirectory();

    void setBaseDirectory(String baseDirectory);

    @Description("Most lines of one recording a worker holds; a larger recording is one input.limit finding")
    @Default.Long(1_000_000)
    long getMaxRecordingLines();

    void setMaxRecordingLines(long lines);

    @Description("Most characters of one recording's lines a worker holds; a larger recording is one input.limit"
            + " finding")
    @Default.Long(256L * 1024 * 1024)
    long getMaxRecordingBytes();

    void setMaxRecordingBytes(long bytes);
}
