package dev.datalayerlint.beam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures, by hand (never in the build: the figures depend on the machine and its load), the pipeline on the
 * DirectRunner against the core's file run on the same generated capture; docs/beam.md quotes its output.
 *
 * <pre>
 * java -cp 'target/test-classes:target/classes:target/lib/*' dev.datalayerlint.beam.ThroughputProbe 100000 /tmp/probe
 * </pre>
 */
final class ThroughputProbe {

    private ThroughputProbe() {}

    public static void main(String[] args) throws Exception {
        int pushes = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath();
        List<List<String>> recordings = CaptureGenerator.recordings(pushes, 17);
        CaptureGenerator.writePerRecording(dir.resolve("per-recording"), recordings);
        long bytes;
        try (var files = Files.list(dir.resolve("per-recording"))) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        long start = System.nanoTime();
        int validated = PipelineRun.validator(dir, PipelineRun.ndjson(dir.resolve("per-recording")))
                .size();
        double core = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int piped = PipelineRun.pipeline(dir, "per-recording/*.ndjson", dir.resolve("out"))
                .size();
        double beam = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d pushes in %d recordings (%.1f MB): core file run %.1f s (%.0f pushes/s, %d findings);"
                        + " DirectRunner %.1f s (%.0f pushes/s, %d findings)%n",
                pushes, recordings.size(), bytes / 1e6, core, pushes / core, validated, beam, pushes / beam, piped);
    }
}
