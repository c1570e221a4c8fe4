package dev.datalayerlint.core.values;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The first stage of a recording's two-stage pipeline: work that needs nothing from the items before it (parsing a
 * line, checking a push against its contract) done on other threads, a chunk of items a task, while the calling
 * thread reads on, and handed back to the calling thread in the order the items came, for the stage that needs that
 * order (numbering, GTM's data model, the rules across the recording). So the results, and what is made of them, are
 * those of a single thread.
 *
 * <p>What is out at a time is bounded twice: in chunks, and in weight (the bytes of a line, the nodes of a push), so
 * memory stays flat however long the recording and however large its items: a chunk is handed over when it holds
 * {@code chunkSize} items or its share of the weight, and the calling thread takes results back, waiting if need be,
 * while more than {@code inFlight} chunks or more than {@code weightBudget} are out. A recording of huge pushes is then
 * worked on a few at a time, never thousands. A failure of the work reaches the calling thread when its item's turn
 * comes, as it would on one thread. Not thread-safe: one per recording, used by the thread that reads it.
 *
 * @param <T> what is read
 * @param <R> what the work makes of it
 */
public final class InOrderAhead<T, R> {

    /** A chunk handed over, and its weight. */
    private record Task<R>(CompletableFuture<List<R>> results, long weight) {}

    private final Executor executor;
    private final int chunkSize;
    private final int inFlight;
    private final long weightBudget;
    private final ToLongFunction<T> weight;
    private final Function<T, R> work;
    private final Consumer<R> inOrder;
    private final ArrayDeque<Task<R>> flight = new ArrayDeque<>();
    private List<T> chunk;
    private long chunkWeight;
    private long flightWeight;

    /**
     * @param executor where the work runs
     * @param chunkSize items per task: large enough to pay for a hand-over, small enough to keep both stages busy
     * @param inFlight tasks out at a time at most
     * @param weightBudget the weight out at a time at most (one item more when a single item outweighs it); a chunk
     *     is handed over once it holds {@code weightBudget / inFlight}
     * @param weight the weight of an item, a measure of the memory it and what the work makes of it take
     * @param work what is done to each item on the executor; it must not touch the calling thread's state
     * @param inOrder given what the work made of each item, in the order the items came, on the calling thread
     */
    public InOrderAhead(
            Executor executor,
            int chunkSize,
            int inFlight,
            long weightBudget,
            ToLongFunction<T> weight,
            Function<T, R> work,
            Consumer<R> inOrder) {
        this.executor = executor;
        this.chunkSize = chunkSize;
        this.inFlight = inFlight;
        this.weightBudget = weightBudget;
        this.weight = weight;
        this.work = work;
        this.inOrder = inOrder;
        this.chunk = new ArrayList<>(chunkSize);
    }

    /** Takes the next item; hands back the results of tasks that are done. */
    public void accept(T item) {
        chunk.add(item);
        chunkWeight += weight.applyAsLong(item);
        if (chunk.size() == chunkSize || chunkWeight >= weightBudget / inFlight) {
            submit();
        }
        while (!flight.isEmpty() && flight.peek().results().isDone()) {
            handBack();
        }
    }

    /** Hands back the results of every item taken so far. */
    public void drain() {
        submit();
        while (!flight.isEmpty()) {
            handBack();
        }
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        List<T> items = chunk;
        chunk = new ArrayList<>(chunkSize);
        flight.add(new Task<>(CompletableFuture.supplyAsync(() -> workOn(items), executor), chunkWeight));
        flightWeight += chunkWeight;
        chunkWeight = 0;
        while (flight.size() > inFlight || flightWeight > weightBudget) {
            handBack();
        }
    }

    private List<R> workOn(List<T> items) {
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            results.add(work.apply(item));
        }
        return results;
    }

    private void handBack() {
        Task<R> task = flight.remove();
        flightWeight -= task.weight();
        List<R> results;
        try {
            results = task.results().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        results.forEach(inOrder);
    }
}
