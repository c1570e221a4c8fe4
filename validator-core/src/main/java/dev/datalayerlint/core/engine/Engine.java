package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.FileSummary;
import dev.datalayerlint.core.Finding;
import dev.datalayerlint.core.Input;
import dev.datalayerlint.core.ProgressListener;
import dev.datalayerlint.core.Report;
import dev.datalayerlint.core.SourceLocation;
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
import dev.datalayerlint.core.recording.PushSink;
import dev.datalayerlint.core.recording.RecordingFormat;
import dev.datalayerlint.core.recording.RecordingReader;
import dev.datalayerlint.core.recording.RecordingSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<FileSummary> read = new ArrayList<>();
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
            Suppressions suppressions = Suppressions.NONE;
            if (item.format() == RecordingFormat.JS) {
                // A script is read whole anyway: read it once, for the sandbox and for its suppression comments.
                try {
                    String text = item.source().text();
                    suppressions = Suppressions.parse(text);
                    item = new InputExpander.Item(RecordingSource.ofText(name, text), item.format(), null);
                } catch (IOException | UncheckedIOException e) {
                    // the reader reports what is wrong with the file
                }
            }
            feed(item, run);
            if (run.pushes() == 0 && findings.size() == before) {
                run.problem("input.empty", "recording holds no push", SourceLocation.of(name));
            }
            suppressions.applyTo(findings.subList(before, findings.size()));
            pushes += run.pushes();
            read.add(new FileSummary(name, run.pushes(), run.events()));
            progress.fileDone(name, pushes);
        }
        findings.sort(Finding.BY_LOCATION);
        read.sort(Comparator.comparing(FileSummary::file));
        return new Report(ToolInfo.CURRENT, findings, summarize(files, pushes, findings), read);
    }

    /**
     * Reads the recordings of one input into {@code sink}, without validating them: what {@code replay} shows.
     * Problems with the input (a folder without recordings, a missing file) go to the sink too.
     */
    public void read(Input input, Path baseDirectory, PushSink sink) {
        for (InputExpander.Item item : new InputExpander(baseDirectory.toAbsolutePath()).expand(input)) {
            if (item.problem() != null) {
                sink.problem(item.problem());
            } else {
                feed(item, sink);
            }
        }
    }

    private void feed(InputExpander.Item item, PushSink sink) {
        if (item.source() instanceof NodesSource nodes) {
            for (int i = 0; i < nodes.pushes().size(); i++) {
                sink.push(Push.fromJson(i, nodes.pushes().get(i), SourceLocation.of(nodes.name())));
            }
        } else {
            reader(item.format()).read(item.source(), sink);
        }
    }

    private RecordingReader reader(RecordingFormat format) {
        return switch (format) {
            case JS -> js;
            case JSON -> json;
            case NDJSON -> ndjson;
        };
    }

    private static Summary summarize(int files, long pushes, List<Finding> findings) {
        return Summary.of(files, pushes, findings);
    }
}
