package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;
import dev.datalayerlint.core.api.LintProfile;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * datalayer-lint as Beam transforms, for captures that outgrow one machine: lines of the capture envelope
 * (docs/capture.md) in, findings out. Each line is self-describing, so lines of many recordings may arrive in any
 * order from any number of files or a stream; the transform groups them by {@code recording} (the only shuffle),
 * orders each group by {@code seq} and lints it with the core's per-recording call, as {@code validate} lints a file.
 *
 * <pre>{@code
 * PCollection<LintFinding> findings = pipeline
 *         .apply(TextIO.read().from("gs://captures/2026-12-01/*.ndjson"))
 *         .apply(DataLayerLint.validate(LintProfile.builder().build().spec()));
 * }</pre>
 */
public final class DataLayerLint {

    private DataLayerLint() {}

    /**
     * Lints envelope lines that carry no file or line of their own (read with {@code TextIO}, from Pub/Sub or Kafka):
     * a broken line is reported at {@code "capture"}, line 0.
     */
    public static Validate validate(LintProfile.Spec spec) {
        return new Validate(spec, RecordingLimits.DEFAULTS, "capture");
    }

    /** Lints lines read with their file and line ({@link ReadCaptureLines}): broken lines are reported there. */
    public static ValidateLines validateLines(LintProfile.Spec spec) {
        return new ValidateLines(spec, RecordingLimits.DEFAULTS);
    }

    /** Envelope lines as plain strings → findings. */
    public static final class Validate extends PTransform<PCollection<String>, PCollection<LintFinding>> {
        private final LintProfile.Spec spec;
        private final RecordingLimits limits;
        private final String sourceName;

        private Validate(LintProfile.Spec spec, RecordingLimits limits, String sourceName) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.limits = limits;
            this.sourceName = sourceName;
        }

        /** Refuses recordings larger than {@code limits} with one finding each. */
        public Validate withLimits(RecordingLimits limits) {
            return new Validate(spec, limits, sourceName);
        }

        /** The name broken lines are reported at (they have no file of their own). */
        public Validate withSourceName(String sourceName) {
            return new Validate(spec, limits, sourceName);
        }

        @Override
        public PCollection<LintFinding> expand(PCollection<String> lines) {
            String name = sourceName;
            return lines.apply(
                            "AsCaptureLines",
                            MapElements.into(TypeDescriptor.of(CaptureLine.class))
                                    .via((String text) -> CaptureLine.of(name, 0, text)))
                    .setCoder(CaptureLineCoder.INSTANCE)
                    .apply(new ValidateLines(spec, limits));
        }
    }

    /** Located envelope lines → findings: key by recording, group, order by seq, lint. */
    public static final class ValidateLines extends PTransform<PCollection<CaptureLine>, PCollection<LintFinding>> {
        private final LintProfile.Spec spec;
        private final RecordingLimits limits;

        private ValidateLines(LintProfile.Spec spec, RecordingLimits limits) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.limits = Objects.requireNonNull(limits, "limits");
        }

        /** Refuses recordings larger than {@code limits} with one finding each. */
        public ValidateLines withLimits(RecordingLimits limits) {
            return new ValidateLines(spec, limits);
        }

        @Override
        public PCollection<LintFinding> expand(PCollection<CaptureLine> lines) {
            return lines.apply(
                            "KeyByRecording",
                            MapElements.into(TypeDescriptors.kvs(
                                            TypeDescriptors.strings(),
                                            TypeDescriptors.kvs(
                                                    TypeDescriptors.longs(), TypeDescriptor.of(CaptureLine.class))))
                                    .via((CaptureLine line) -> {
                                        EnvelopeKey key = EnvelopeKey.of(line);
                                        return KV.of(key.key(), KV.of(key.order(), line));
                                    }))
                    .setCoder(
                            KvCoder.of(StringUtf8Coder.of(), KvCoder.of(VarLongCoder.of(), CaptureLineCoder.INSTANCE)))
                    .apply("GroupByRecording", GroupByKey.create())
                    .apply("LintRecording", ParDo.of(new LintRecordingFn(spec, limits)))
                    .setCoder(SerializableCoder.of(LintFinding.class));
        }
    }
}
