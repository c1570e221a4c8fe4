package dev.datalayerlint.beam;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's summary, combined across workers: findings by severity, by rule and by event (the push's event name;
 * {@code "(none)"} for findings of the input itself or pushes without one), suppressed ones counted apart. One small
 * JSON object, so a dashboard or an alert reads it without scanning the findings.
 */
final class FindingSummary extends Combine.CombineFn<LintFinding, FindingSummary.Counts, String> {

    static final String NO_EVENT = "(none)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The running counts; merged in any order. */
    static final class Counts implements Serializable {
        long findings;
        long suppressed;
        final Map<String, Long> severities = new TreeMap<>();
        final Map<String, Long> rules = new TreeMap<>();
        final Map<String, Long> events = new TreeMap<>();

        void add(Counts other) {
            findings += other.findings;
            suppressed += other.suppressed;
            other.severities.forEach((k, v) -> severities.merge(k, v, Long::sum));
            other.rules.forEach((k, v) -> rules.merge(k, v, Long::sum));
            other.events.forEach((k, v) -> events.merge(k, v, Long::sum));
        }
    }

    @Override
    public Counts createAccumulator() {
        return new Counts();
    }

    @Override
    public Counts addInput(Counts counts, LintFinding finding) {
        if (finding.suppressed()) {
            counts.suppressed++;
            return counts;
        }
        counts.findings++;
        counts.severities.merge(finding.severity(), 1L, Long::sum);
        counts.rules.merge(finding.rule(), 1L, Long::sum);
        counts.events.merge(finding.event() == null ? NO_EVENT : finding.event(), 1L, Long::sum);
        return counts;
    }

    @Override
    public Counts mergeAccumulators(Iterable<Counts> all) {
        Counts merged = new Counts();
        all.forEach(merged::add);
        return merged;
    }

    @Override
    public String extractOutput(Counts counts) {
        ObjectNode json = JSON.createObjectNode();
        json.put("findings", counts.findings);
        json.put("errors", counts.severities.getOrDefault("error", 0L));
        json.put("warnings", counts.severities.getOrDefault("warning", 0L));
        json.put("infos", counts.severities.getOrDefault("info", 0L));
        json.put("suppressed", counts.suppressed);
        ObjectNode rules = json.putObject("rules");
        counts.rules.forEach(rules::put);
        ObjectNode events = json.putObject("events");
        counts.events.forEach(events::put);
        return JSON.writeValueAsString(json);
    }

    @Override
    public Coder<Counts> getAccumulatorCoder(CoderRegistry registry, Coder<LintFinding> input) {
        return SerializableCoder.of(Counts.class);
    }
}
