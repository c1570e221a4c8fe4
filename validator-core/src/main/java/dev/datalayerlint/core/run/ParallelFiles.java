package dev.datalayerlint.core.run;

import dev.datalayerlint.core.spi.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The threads of one run over files: a pool for the work every recording hands ahead ({@code InOrderAhead}: NDJSON
 * lines parsed, pushes checked), and one that validates several files at once. Results come back in the order of the
 * files whatever order they finish in, and a failure of one file's validation (the heap running out) ends the run as it
 * would on one thread. The threads are daemons and are stopped when the run ends.
 */
final class ParallelFiles implements AutoCloseable {

    private final int threads;
    private ExecutorService checks;
    private ExecutorService files;

    ParallelFiles(int threads) {
        this.threads = threads;
    }

    /** Where recordings run their per-push checks; made on first use. */
    ExecutorService checks() {
        if (checks == null) {
            checks = Executors.newFixedThreadPool(threads, named("datalayer-lint-check-"));
        }
        return checks;
    }

    /**
     * Lints the files at once, {@code threads} at a time.
     *
     * @param lintOne lints one file, telling the listener it is given about it (pushes counted from 0 for the file)
     */
    List<FileRun.Linted> lint(
            List<FileRun.Lint> lints,
            ProgressListener progress,
            BiFunction<FileRun.Lint, ProgressListener, FileRun.Linted> lintOne) {
        files = Executors.newFixedThreadPool(Math.min(threads, lints.size()), named("datalayer-lint-file-"));
        SharedProgress shared = new SharedProgress(progress);
        List<Future<FileRun.Linted>> running = new ArrayList<>();
        for (FileRun.Lint lint : lints) {
            running.add(files.submit(() -> lintOne.apply(lint, shared.forFile())));
        }
        List<FileRun.Linted> linted = new ArrayList<>();
        for (Future<FileRun.Linted> one : running) {
            linted.add(result(one));
        }
        return linted;
    }

    private static FileRun.Linted result(Future<FileRun.Linted> one) {
        try {
            return one.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
        if (files != null) {
            files.shutdownNow();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One listener for files validated at once: its calls never overlap, and each file's running count of pushes
     * becomes the run's.
     */
    private static final class SharedProgress {
        private final ProgressListener target;
        private long total;

        SharedProgress(ProgressListener target) {
            this.target = target;
        }

        ProgressListener forFile() {
            return new ProgressListener() {
                private long seen;

                @Override
                public void fileStarted(String name) {
                    synchronized (SharedProgress.this) {
                        target.fileStarted(name);
                    }
                }

                @Override
                public void pushDone(long pushes) {
                    synchronized (SharedProgress.this) {
                        total += pushes - seen;
                        seen = pushes;
                        target.pushDone(total);
                    }
                }

                @Override
                public void fileDone(String name, long pushes) {
                    synchronized (SharedProgress.this) {
                        total += pushes - seen;
                        seen = pushes;
                        target.fileDone(name, total);
                    }
                }
            };
        }
    }
}
