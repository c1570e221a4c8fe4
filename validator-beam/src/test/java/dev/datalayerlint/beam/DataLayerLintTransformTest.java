package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;
import dev.datalayerlint.core.api.FindingJson;
import dev.datalayerlint.core.api.LintProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/**
 * The reusable transform on lines that carry no file of their own (a stream, {@code TextIO}): shuffled lines of
 * several recordings give, per recording, what the core's per-recording call gives on that recording's lines in
 * {@code seq} order.
 */
class DataLayerLintTransformTest {

    @Test
    void shuffledStringLinesAreLintedPerRecordingInSeqOrder() {
        LintProfile profile = LintProfile.defaults();
        List<List<String>> recordings = CaptureGenerator.recordings(1_500, 3);
        List<String> expected = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (List<String> recording : recordings) {
            List<CaptureLine> lines = recording.stream()
                    .map(text -> CaptureLine.of("capture", 0, text))
                    .toList();
            profile.lintLines("capture", lines).findings().forEach(f -> expected.add(FindingJson.line(f)));
            all.addAll(recording);
        }
        Collections.shuffle(all, new Random(9));

        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
        PCollection<String> findings = pipeline.apply(Create.of(all))
                .apply(DataLayerLint.validate(profile.spec()))
                .apply(MapElements.into(TypeDescriptors.strings()).via(LintFinding::toJson));
        PAssert.that(findings).containsInAnyOrder(expected);
        pipeline.run().waitUntilFinish();
    }
}
