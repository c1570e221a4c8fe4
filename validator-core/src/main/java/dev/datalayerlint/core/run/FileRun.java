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
 * @param baseDirectory file names in findings are made relative to it, and ignore patterns are matched against them
 * @param ignore glob patterns of files and folders never read
 */
public record FileRun(RecordingLinter linter, Path baseDirectory, List<String> ignore) {

    public FileRun {
        baseDirectory = baseDirectory.toAbsolutePath();
        ignore = List.copyOf(ignore);
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
        List<Finding> findings = new ArrayList<>();
        List<FileSummary> read = new ArrayList<>();
        long pushes = 0;
        HarPairs hars = new HarPairs(items);
        for (InputExpander.Item item : items) {
            if (item.problem() != null) {
                findings.addAll(linter.findingsFor(item.problem()));
                continue;
            }
            if (hars.isPaired(item)) {
                continue; // linted with its recording of pushes
            }
            String name = item.source().name();
            progress.fileStarted(name);
            Timelines.Recording kept = timelines == null ? null : timelines.start();
            InputExpander.Item har = hars.harFor(item);
            List<RecordingResult> results;
            if (item.source() instanceof NodesSource nodes) {
                results = List.of(linter.lintNodes(name, nodes.pushes()));
                if (kept != null) {
                    for (int i = 0; i < nodes.pushes().size(); i++) {
                        kept.push(Push.fromJson(i, nodes.pushes().get(i), SourceLocation.of(name)));
                    }
                }
            } else if (har != null) {
                results = List.of(linter.lintWithHits(item.source(), item.format(), har.source(), progress, pushes));
            } else {
                results = linter.lintEach(item.source(), item.format(), progress, pushes, kept);
            }
            for (RecordingResult result : results) {
                if (kept != null) {
                    kept.finish(result);
                }
                findings.addAll(result.findings());
                read.add(result.summary());
                pushes += result.pushes();
            }
            progress.fileDone(name, pushes);
        }
        findings.sort(Finding.BY_LOCATION);
        read.sort(Comparator.comparing(FileSummary::file));
        return new Report(ToolInfo.CURRENT, findings, Summary.of(read.size(), pushes, findings), read);
    }

    /**
     * Reads the recordings of one input into {@code sink}, without validating them: what {@code replay} shows.
     * Problems with the input (a folder without recordings, a missing file) go to the sink too.
     */
    public void read(Input input, PushSink sink) {
        for (InputExpander.Item item : new InputExpander(baseDirectory, ignore).expand(input)) {
            if (item.problem() != null) {
                sink.problem(item.problem());
            } else if (item.source() instanceof NodesSource nodes) {
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
