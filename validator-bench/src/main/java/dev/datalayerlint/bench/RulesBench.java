package dev.datalayerlint.bench;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.linter.RecordingLinter;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RuleConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A whole 1,000-push session through the linter (contract checks, model replay, every recording rule, stamping),
 * against the same session with the recording rules off: the difference is what the rules cost.
 */
public class RulesBench extends BenchSettings {

    private List<Push> session;
    private RecordingLinter everyRule;
    private RecordingLinter noRecordingRule;

    @Setup
    public void setUp() {
        session = session(1_000, 7);
        ContractCatalog contracts = ContractCatalog.shipped();
        everyRule = new RecordingLinter(contracts, null, RuleConfig.DEFAULTS, JsLimits.DEFAULTS);
        Set<String> off = RuleCatalog.builtIn().recordingRules().stream()
                .map(rule -> rule.descriptor().id())
                .collect(Collectors.toSet());
        noRecordingRule = new RecordingLinter(contracts, null, new RuleConfig(Map.of(), off), JsLimits.DEFAULTS);
    }

    @Benchmark
    public RecordingResult everyRule() {
        return everyRule.lintPushes("bench", session);
    }

    @Benchmark
    public RecordingResult recordingRulesOff() {
        return noRecordingRule.lintPushes("bench", session);
    }
}
