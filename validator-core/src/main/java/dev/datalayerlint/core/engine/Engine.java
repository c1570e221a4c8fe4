package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.Finding;
import dev.datalayerlint.core.Input;
import dev.datalayerlint.core.ProgressListener;
import dev.datalayerlint.core.Report;
import dev.datalayerlint.core.Severity;
import dev.datalayerlint.core.Summary;
import dev.datalayerlint.core.ToolInfo;
import dev.datalayerlint.core.ValidationRequest;
import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.recording.JsRecordingReader;
import dev.datalayerlint.core.recording.JsonRecordingReader;
import dev.datalayerlint.core.recording.NdjsonRecordingReader;
import dev.datalayerlint.core.recording.Push;
import dev.datalayerlint.core.recording.RecordingFormat;
import dev.datalayerlint.core.recording.RecordingReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a validation request: expands inputs, reads each recording with the reader for its format and validates it
 * push by push, then marks the findings that a JavaScript recording's inline comments suppress. Holds only what is safe to share between runs (the readers; the JavaScript one starts its engine on
 * first use).
 */
public final class Engine {

    private final RecordingReader json = new JsonRecordingReader();
    private final RecordingReader ndjson = new NdjsonRecordingReader();
    private final RecordingReader js = new JsRecordingReader();
    private final RuleCatalog rules = RuleCatalog.builtIn();

    public Report run(ValidationRequest request, ProgressListener progress) {
        ContractCatalog catalog = ContractCatalog.load(request.contractDirectories());
        Contract forced = null;
        if (request.contract() != null) {
            forced = catalog.byId(request.contract())
                    .orElseThrow(() -> new ContractException("unknown contract '"
                            + request.contract() + "'; known: "
                            + catalog.contracts().stream().map(Contract::id).collect(Collectors.joining(", "))));
        }
        ContractRouter router = new ContractRouter(catalog, forced);
        InputExpander expander = new InputExpander(request.baseDirectory(), request.ignore());
        List<InputExpander.Item> items = new ArrayList<>();
        for (Input input : request.inputs()) {
            items.addAll(expander.expand(input));
        }
        progress.runStarted(
                (int) items.stream().filter(i -> i.problem() == null).count());
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        long pushes = 0;
        for (InputExpander.Item item : items) {
            RecordingRun run = new RecordingRun(router, rules, request.rules(), findings, progress, pushes);
            if (item.problem() != null) {
                run.problem(item.problem());
                continue;
            }
            files++;
            String name = item.source().name();
            progress.fileStarted(name);
            int before = findings.size();
            if (item.source() instanceof NodesSource nodes) {
                for (int i = 0; i < nodes.pushes().size(); i++) {
                    var payload = nodes.pushes().get(i);
                    run.push(new Push(
                            i, payload, dev.datalayerlint.core.SourceLocation.of(name), Push.kindOf(payload, false)));
                }
            } else {
                reader(item.format()).read(item.source(), run);
            }
            if (run.pushes() == 0 && findings.size() == before) {
                run.problem("input.empty", "recording holds no push", dev.datalayerlint.core.SourceLocation.of(name));
            }
            if (item.format() == RecordingFormat.JS && findings.size() > before) {
                Suppressions.of(item.source()).applyTo(findings.subList(before, findings.size()));
            }
            pushes += run.pushes();
            progress.fileDone(name, pushes);
        }
        findings.sort(Finding.BY_LOCATION);
        return new Report(ToolInfo.CURRENT, findings, summarize(files, pushes, findings));
    }

    private RecordingReader reader(RecordingFormat format) {
        return switch (format) {
            case JS -> js;
            case JSON -> json;
            case NDJSON -> ndjson;
        };
    }

    private static Summary summarize(int files, long pushes, List<Finding> findings) {
        int[] counts = new int[Severity.values().length];
        int suppressed = 0;
        for (Finding finding : findings) {
            if (finding.suppressed()) {
                suppressed++;
            } else {
                counts[finding.severity().ordinal()]++;
            }
        }
        return new Summary(files, pushes, counts[0], counts[1], counts[2], suppressed);
    }
}
