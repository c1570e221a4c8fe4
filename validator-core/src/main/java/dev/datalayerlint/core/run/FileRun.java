package dev.datalayerlint.core.run;

import dev.datalayerlint.core.linter.RecordingLinter;
import dev.datalayerlint.core.recording.FileSource;
import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.spi.ToolInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The run over files: expands inputs (folders, ignores), hands each recording to the per-recording linter and
 * aggregates the results into one {@link Report}. Everything that knows about files lives here, so the linter below
 * it knows none of it (ESLint's split of {@code ESLint} over {@code Linter}).
 *
 * <p>With more than one thread, several files are validated at once, and with {@value #THREADS_TO_CHECK_AHEAD} or
 * more an NDJSON recording's lines are parsed and each recording's per-push checks run ahead of its ordered stage
 * ({@link RecordingLinter#checkingOn}); the results are gathered in the order of the files, so the report is the same
 * as with one thread.
 *
 * @param baseDirectory file names in findings are made relative to it, and ignore patterns are matched against them
 * @param ignore glob patterns of files and folders never read
 * @param threads how many threads validate at once (at least 1; 1 validates on the calling thread only)
 */
public record FileRun(RecordingLinter linter, Path baseDirectory, List<String> ignore, int threads) {

    public FileRun {
        baseDirectory = baseDirectory.toAbsolutePath();
        ignore = List.copyOf(ignore);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /**
     * The fewest threads with which a recording's per-push checks run ahead of its ordered stage. With two, the
     * second core is busy with the JIT compiler and the collector, and handing checks to it was measured slower: a
     * 1,000,000-push NDJSON capture on 2 idle cores took 1.07 times the wall time and 1.17 times the CPU of one thread
     * (docs/performance.md, "Both cores"). Several files still run at once with two.
     */
    static final int THREADS_TO_CHECK_AHEAD = 3;

    /** A run on the calling thread only. */
    public FileRun(RecordingLinter linter, Path baseDirectory, List<String> ignore) {
        this(linter, baseDirectory, ignore, 1);
    }

    /** Lints every recording the inputs name and aggregates the results. */
    public Report run(List<Input> inputs, ProgressListener progress) {
        return run(inputs, progress, null);
    }

    /**
     * As {@link #run(List, ProgressListener)}, keeping each recording's pushes in {@code timelines} (null: keep none)
     * for a report that shows them.
     */
    public Report run(List<Input> inputs, ProgressListener progress, Timelines timelines) {
        InputExpander expander = new InputExpander(baseDirectory, ignore);
        List<InputExpander.Item> items = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Input input : inputs) {
            for (InputExpander.Item item : expander.expand(input)) {
                if (firstTime(item, seen)) {
                    items.add(item);
                }
            }
        }
        progress.runStarted(
                (int) items.stream().filter(i -> i.problem() == null).count());
        HarPairs hars = new HarPairs(items);
        List<Lint> lints = new ArrayList<>();
        for (InputExpander.Item item : items) {
            if (item.problem() == null && !hars.isPaired(item)) { // a paired HAR is linted with its recording
                lints.add(new Lint(item, hars.harFor(item)));
            }
        }
        List<Linted> linted;
        if (threads == 1) {
            linted = lintInOrder(lints, linter, progress, timelines);
        } else {
            try (ParallelFiles parallel = new ParallelFiles(threads)) {
                RecordingLinter checking =
                        threads >= THREADS_TO_CHECK_AHEAD ? linter.checkingOn(parallel.checks()) : linter;
                // The HTML report keeps the first pushes read within one budget: files one at a time keep that order.
                linted = timelines != null || lints.size() < 2
                        ? lintInOrder(lints, checking, progress, timelines)
                        : parallel.lint(
                                lints, progress, (lint, listener) -> lintOne(lint, checking, listener, 0, null));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<FileSummary> read = new ArrayList<>();
        long pushes = 0;
        int next = 0;
        for (InputExpander.Item item : items) {
            if (item.problem() != null) {
                findings.addAll(linter.findingsFor(item.problem()));
            } else if (!hars.isPaired(item)) {
                for (RecordingResult result : linted.get(next).results()) {
                    findings.addAll(result.findings());
                    read.add(result.summary());
                    pushes += result.pushes();
                }
                next++;
            }
        }
        findings.sort(Finding.BY_LOCATION);
        read.sort(Comparator.comparing(FileSummary::file));
        return new Report(ToolInfo.CURRENT, findings, Summary.of(read.size(), pushes, findings), read);
    }

    /** One file to lint, with the HAR captured beside it (or null). */
    record Lint(InputExpander.Item item, InputExpander.Item har) {}

    /** What linting one file gave: one result per recording it holds. */
    record Linted(List<RecordingResult> results) {}

    private List<Linted> lintInOrder(
            List<Lint> lints, RecordingLinter checking, ProgressListener progress, Timelines timelines) {
        List<Linted> linted = new ArrayList<>();
        long pushes = 0;
        for (Lint lint : lints) {
            Linted one = lintOne(lint, checking, progress, pushes, timelines);
            for (RecordingResult result : one.results()) {
                pushes += result.pushes();
            }
            linted.add(one);
        }
        return linted;
    }

    /**
     * Lints one file and tells {@code progress} about it.
     *
     * @param pushesBefore pushes of the files before it, for running totals
     */
    private Linted lintOne(
            Lint lint, RecordingLinter checking, ProgressListener progress, long pushesBefore, Timelines timelines) {
        InputExpander.Item item = lint.item();
        String name = item.source().name();
        progress.fileStarted(name);
        Timelines.Recording kept = timelines == null ? null : timelines.start();
        List<RecordingResult> results;
        if (item.source() instanceof NodesSource nodes) {
            results = List.of(checking.lintNodes(name, nodes.pushes()));
            if (kept != null) {
                for (int i = 0; i < nodes.pushes().size(); i++) {
                    kept.push(Push.fromJson(i, nodes.pushes().get(i), SourceLocation.of(name)));
                }
            }
        } else if (lint.har() != null) {
            results = List.of(checking.lintWithHits(
                    item.source(), item.format(), lint.har().source(), progress, pushesBefore));
        } else {
            results = checking.lintEach(item.source(), item.format(), progress, pushesBefore, kept);
        }
        long pushes = pushesBefore;
        for (RecordingResult result : results) {
            if (kept != null) {
                kept.finish(result);
            }
            pushes += result.pushes();
        }
        progress.fileDone(name, pushes);
        return new Linted(results);
    }

    /**
     * Reads the recordings of one input into {@code sink}, without validating them: what {@code replay} shows.
     * Problems with the input (a folder without recordings, a missing file) go to the sink too. {@code
     * beforeEachRecording} runs before each file is read: each is a page load of its own.
     */
    public void read(Input input, PushSink sink, Runnable beforeEachRecording) {
        for (InputExpander.Item item : new InputExpander(baseDirectory, ignore).expand(input)) {
            if (item.problem() != null) {
                sink.problem(item.problem());
                continue;
            }
            beforeEachRecording.run();
            if (item.source() instanceof NodesSource nodes) {
                for (int i = 0; i < nodes.pushes().size(); i++) {
                    sink.push(Push.fromJson(i, nodes.pushes().get(i), SourceLocation.of(nodes.name())));
                }
            } else {
                linter.read(item.source(), item.format(), sink);
            }
        }
    }

    /**
     * False for a file already taken from an earlier input ({@code validate a.js a.js}, or a file and its folder):
     * each recording is read and reported once.
     */
    private static boolean firstTime(InputExpander.Item item, Set<Path> seen) {
        if (!(item.source() instanceof FileSource file)) {
            return true;
        }
        Path path = file.path().toAbsolutePath().normalize();
        try {
            path = path.toRealPath();
        } catch (IOException e) {
            // unreadable or gone: keep the normalized path, the reader reports the problem once
        }
        return seen.add(path);
    }
}
