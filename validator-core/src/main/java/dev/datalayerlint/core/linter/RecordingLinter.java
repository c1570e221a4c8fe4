package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.catalog.RuleCatalog;
import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.recording.HarRecordingReader;
import dev.datalayerlint.core.recording.InputRules;
import dev.datalayerlint.core.recording.JsRecordingReader;
import dev.datalayerlint.core.recording.JsonRecordingReader;
import dev.datalayerlint.core.recording.NdjsonRecordingReader;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.UsageException;
import dev.datalayerlint.core.values.InOrderAhead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Lints one recording at a time with what a profile compiled once: the contracts, the rule configuration and the
 * JavaScript limits. It touches no file system beyond the source it is handed and keeps no state between calls, so
 * one instance serves many threads (ESLint's {@code Linter}: one text in, messages out).
 */
public final class RecordingLinter {

    private final ContractRouter router;
    private final RuleCatalog catalog;
    private final RuleConfig config;
    private final RecordingReader json = new JsonRecordingReader();
    private final RecordingReader ndjson;
    private final RecordingReader har = new HarRecordingReader();
    private final RecordingReader js;
    private final Executor checks;

    /**
     * @param forced a contract every whole document is checked against, or null to route pushes by event name
     */
    public RecordingLinter(ContractCatalog contracts, Contract forced, RuleConfig config, JsLimits limits) {
        this.router = new ContractRouter(contracts, forced);
        this.catalog = RuleCatalog.builtIn().withDeclared(contracts.declaredRules());
        this.config = config;
        for (String id : config.ids()) {
            if (catalog.find(id).isEmpty()) {
                throw new UsageException("unknown rule '" + id + "' in rules"
                        + catalog.closest(id)
                                .map(s -> " (did you mean '" + s + "'?)")
                                .orElse("")
                        + ": neither a built-in rule nor one a contract declares with x-rule");
            }
        }
        this.js = new JsRecordingReader(limits);
        this.ndjson = new NdjsonRecordingReader();
        this.checks = null;
    }

    private RecordingLinter(RecordingLinter linter, Executor checks) {
        this.router = linter.router;
        this.catalog = linter.catalog;
        this.config = linter.config;
        this.js = linter.js;
        this.ndjson = checks == null ? linter.ndjson : new NdjsonRecordingReader(checks);
        this.checks = checks;
    }

    /**
     * This linter, checking each recording's pushes on {@code executor} ahead of the ordered stage (GTM's model and
     * the rules across the recording), which stays on the reading thread: the findings are the same, in the same
     * order, as with none ({@link InOrderAhead}). NDJSON lines are parsed there too, ahead of the reading thread.
     *
     * @param executor where the per-push checks and the parsing of NDJSON lines run; null to run them on the reading
     *     thread
     */
    public RecordingLinter checkingOn(Executor executor) {
        return new RecordingLinter(this, executor);
    }

    /** Lints a recording's text, read with the reader for {@code format}; its inline suppressions apply. */
    public RecordingResult lint(RecordingSource source, RecordingFormat format) {
        return lint(source, format, ProgressListener.NONE, 0);
    }

    /**
     * As {@link #lint(RecordingSource, RecordingFormat)}, telling {@code progress} about each push. A file holding
     * several recordings (a capture envelope of many journeys) gives one result with all their findings; see
     * {@link #lintEach} for one result each.
     *
     * @param pushesBefore pushes of a run's earlier recordings, so progress gets running totals
     */
    public RecordingResult lint(
            RecordingSource source, RecordingFormat format, ProgressListener progress, long pushesBefore) {
        return lint(source, format, progress, pushesBefore, null);
    }

    /**
     * As {@link #lint(RecordingSource, RecordingFormat, ProgressListener, long)}, also handing every push and GA4 hit
     * read to {@code copy} (a report that shows the recording keeps them); null for none.
     */
    public RecordingResult lint(
            RecordingSource source,
            RecordingFormat format,
            ProgressListener progress,
            long pushesBefore,
            PushSink copy) {
        List<RecordingResult> each = lintEach(source, format, progress, pushesBefore, copy);
        if (each.size() == 1) {
            return each.get(0);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> events = new ArrayList<>();
        long pushes = 0;
        for (RecordingResult result : each) {
            findings.addAll(result.findings());
            events.addAll(result.events());
            pushes += result.pushes();
        }
        findings.sort(Finding.BY_LOCATION);
        return new RecordingResult(source.name(), pushes, events, findings);
    }

    /**
     * Lints every recording a file holds, each on its own (its own data model and recording rules): one for most
     * files, one per {@code recording} id for a capture envelope holding several ({@code name#id}).
     *
     * @param copy gets every push and GA4 hit read (a report that shows the recording keeps them); null for none
     */
    public List<RecordingResult> lintEach(
            RecordingSource source,
            RecordingFormat format,
            ProgressListener progress,
            long pushesBefore,
            PushSink copy) {
        Suppressions suppressions = Suppressions.NONE;
        if (format == RecordingFormat.JS) {
            // A script is read whole anyway: read it once, for the sandbox and for its suppression comments.
            try {
                String text = source.text();
                suppressions = Suppressions.parse(text);
                source = RecordingSource.ofText(source.name(), text);
            } catch (IOException | UncheckedIOException e) {
                // the reader reports what is wrong with the file
            }
        }
        Suppressions applied = suppressions;
        RecordingSplitter splitter = new RecordingSplitter(
                source.name(),
                before -> new RecordingRun(router, catalog, config, applied, progress, pushesBefore + before, checks));
        RecordingSource read = source;
        readContained(
                source.name(),
                sink -> reader(format).read(read, copy == null ? sink : new TeeSink(sink, copy)),
                splitter);
        return splitter.finish();
    }

    /**
     * Lints a recording of pushes together with the GA4 hits of a HAR file captured on the same journey: the hits are
     * placed among the pushes by event ({@link HitPlacement}), so the rules compare each hit with its push.
     */
    public RecordingResult lintWithHits(
            RecordingSource pushes,
            RecordingFormat format,
            RecordingSource har,
            ProgressListener progress,
            long before) {
        RecordingRun run = new RecordingRun(router, catalog, config, Suppressions.NONE, progress, before, checks);
        List<Push> hits = new ArrayList<>();
        readContained(har.name(), sink -> reader(RecordingFormat.HAR).read(har, sink), new PushSink() {
            @Override
            public void push(Push push) {
                hits.add(push);
            }

            @Override
            public void problem(InputProblem problem) {
                run.problem(problem);
            }
        });
        HitPlacement placement = new HitPlacement(run, hits);
        readContained(pushes.name(), sink -> reader(format).read(pushes, sink), placement);
        placement.end();
        return run.finish(pushes.name());
    }

    /** Reads into a sink; a failure of the reader is contained to this recording. */
    private static void readContained(String name, java.util.function.Consumer<PushSink> reader, PushSink sink) {
        try {
            reader.accept(sink);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Contained to this recording: the pushes read before stay checked, the run's other files are untouched.
            sink.problem(new InputProblem(
                    InputRules.INTERNAL,
                    "datalayer-lint failed while reading this recording (" + Failures.describe(e)
                            + "); the pushes before the failure were checked",
                    SourceLocation.of(name)));
        }
    }

    /** Lints pushes a caller already holds, in order; they carry no source lines, so findings name only the file. */
    public RecordingResult lintNodes(String name, List<tools.jackson.databind.JsonNode> pushes) {
        List<Push> located = new ArrayList<>(pushes.size());
        for (int i = 0; i < pushes.size(); i++) {
            located.add(Push.fromJson(i, pushes.get(i), SourceLocation.of(name)));
        }
        return lintPushes(name, located);
    }

    /** Lints pushes with their own locations and indexes (from a browser capture, a test, a pipeline). */
    public RecordingResult lintPushes(String name, List<Push> pushes) {
        RecordingRun run =
                new RecordingRun(router, catalog, config, Suppressions.NONE, ProgressListener.NONE, 0, checks);
        pushes.forEach(run::push);
        return run.finish(name);
    }

    /**
     * Lints what {@code reader} delivers into the sink it is given, as one recording named {@code name}: for callers
     * that read a recording their own way (a pipeline's grouped lines) and still want a reader's failure contained.
     */
    public RecordingResult lint(String name, java.util.function.Consumer<PushSink> reader) {
        RecordingRun run =
                new RecordingRun(router, catalog, config, Suppressions.NONE, ProgressListener.NONE, 0, checks);
        readContained(name, reader, run);
        return run.finish(name);
    }

    /** Reads a recording into {@code sink} without validating it: what {@code replay} shows. */
    public void read(RecordingSource source, RecordingFormat format, PushSink sink) {
        reader(format).read(source, sink);
    }

    /** A problem of an input that never became a recording (a missing file, an empty folder), as a finding. */
    public List<Finding> findingsFor(InputProblem problem) {
        RecordingRun run = new RecordingRun(router, catalog, config, Suppressions.NONE, ProgressListener.NONE, 0, null);
        run.problem(problem);
        return run.findings();
    }

    private RecordingReader reader(RecordingFormat format) {
        return switch (format) {
            case JS -> js;
            case JSON -> json;
            case NDJSON -> ndjson;
            case HAR -> har;
        };
    }

    static InputProblem empty(String name) {
        return new InputProblem(InputRules.EMPTY, "recording holds no push", SourceLocation.of(name));
    }
}
