package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The first stage of a recording's two-stage pipeline. What a push can be judged on alone (its depth, its non-finite
 * numbers, its contract) does not depend on the pushes before it, so it runs on other threads, {@value #CHUNK} pushes
 * at a time, while the reading thread parses on. What depends on order (GTM's data model, the rules across the
 * recording, the numbering and capping of findings) stays on the reading thread: each chunk's results are handed
 * back in the order the pushes were read, with the input problems read between them in their places, so the findings
 * are the same as a single-threaded run's, in the same order.
 *
 * <p>At most {@value #IN_FLIGHT} chunks are out at a time, so memory stays flat however long the recording. Not
 * thread-safe: one per recording, used by its reading thread.
 */
final class CheckAhead {

    /** Pushes per task: large enough to pay for a hand-over, small enough to keep both stages busy. */
    static final int CHUNK = 256;

    /** Chunks checked ahead of the ordered stage at most. */
    static final int IN_FLIGHT = 8;

    private final Executor executor;
    private final Function<Push, Object> check;
    private final Consumer<Object> apply;
    private final ArrayDeque<CompletableFuture<List<Object>>> flight = new ArrayDeque<>();
    private List<Object> chunk = new ArrayList<>(CHUNK);

    /**
     * @param check the stateless stage of one push, run on {@code executor}
     * @param apply the ordered stage, run on the reading thread: given what {@code check} made of each push, and each
     *     {@link InputProblem} as it was read
     */
    CheckAhead(Executor executor, Function<Push, Object> check, Consumer<Object> apply) {
        this.executor = executor;
        this.check = check;
        this.apply = apply;
    }

    void push(Push push) {
        chunk.add(push);
        if (chunk.size() == CHUNK) {
            submit();
        }
        while (!flight.isEmpty() && flight.peek().isDone()) {
            applyNext();
        }
    }

    /** An input problem, kept in its place among the pushes. */
    void problem(InputProblem problem) {
        chunk.add(problem);
    }

    /** Hands back everything read so far: before a function push reads the model, and at the end. */
    void drain() {
        submit();
        while (!flight.isEmpty()) {
            applyNext();
        }
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Object> items = chunk;
        chunk = new ArrayList<>(CHUNK);
        flight.add(CompletableFuture.supplyAsync(() -> checkAll(items), executor));
        while (flight.size() > IN_FLIGHT) {
            applyNext();
        }
    }

    private List<Object> checkAll(List<Object> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Push push) {
                items.set(i, check.apply(push));
            }
        }
        return items;
    }

    private void applyNext() {
        List<Object> items;
        try {
            items = flight.remove().join();
        } catch (CompletionException e) {
            // check() contains its own failures; what is left (an Error) is the run's, as on one thread
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        items.forEach(apply);
    }
}
