package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;
import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Lints one recording: its lines, grouped by the shuffle, are put in {@code seq} order and handed to the core's
 * per-recording call. The {@link LintProfile} (compiled contracts) is built once per instance in {@link Setup}, which a
 * runner calls once per worker thread and reuses for many bundles, never per element.
 *
 * <p>A group is held in memory only up to a limit of lines and bytes: a recording larger than that (a runaway
 * session id, a bot) is one {@code input.limit} finding instead of an out-of-memory crash of the worker.
 */
final class LintRecordingFn extends DoFn<KV<String, Iterable<KV<Long, CaptureLine>>>, LintFinding> {

    private static final Comparator<KV<Long, CaptureLine>> ORDER = Comparator.<KV<Long, CaptureLine>>comparingLong(
                    KV::getKey)
            .thenComparing(kv -> kv.getValue().file())
            .thenComparingInt(kv -> kv.getValue().line());

    private final LintProfile.Spec spec;
    private final RecordingLimits limits;
    private final Counter recordings = Metrics.counter(LintRecordingFn.class, "recordings");
    private final Counter pushes = Metrics.counter(LintRecordingFn.class, "pushes");
    private final Counter refused = Metrics.counter(LintRecordingFn.class, "refused");
    private transient LintProfile profile;

    LintRecordingFn(LintProfile.Spec spec, RecordingLimits limits) {
        this.spec = spec;
        this.limits = limits;
    }

    @Setup
    public void setup() {
        profile = spec.build();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<Long, CaptureLine>>> group, OutputReceiver<LintFinding> out) {
        String name = EnvelopeKey.name(group.getKey());
        List<KV<Long, CaptureLine>> lines = new ArrayList<>();
        long bytes = 0;
        long count = 0;
        CaptureLine first = null;
        for (KV<Long, CaptureLine> line : group.getValue()) {
            count++;
            if (first == null) {
                first = line.getValue();
            }
            bytes += line.getValue().text() == null ? 0 : line.getValue().text().length();
            if (count > limits.lines() || bytes > limits.bytes()) {
                lines = null;
                break;
            }
            lines.add(line);
        }
        recordings.inc();
        RecordingResult result;
        if (lines == null) {
            refused.inc();
            result = profile.refuse(
                    name,
                    "recording '" + name + "' is larger than this pipeline lints in one piece (more than "
                            + limits.lines() + " lines or " + limits.bytes()
                            + " characters); it was not linted (see --maxRecordingLines, --maxRecordingBytes)",
                    new SourceLocation(first.file(), first.line(), 1));
        } else {
            lines.sort(ORDER);
            List<CaptureLine> ordered = lines.stream().map(KV::getValue).toList();
            result = profile.lintLines(
                    group.getKey().startsWith(EnvelopeKey.FILE)
                            ? name
                            : ordered.getFirst().file(),
                    ordered);
        }
        pushes.inc(result.pushes());
        for (Finding finding : result.findings()) {
            out.output(LintFinding.of(name, finding));
        }
    }
}
