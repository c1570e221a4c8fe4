package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * Carries what a script reports from the thread that runs it to the thread that asked for the recording, which hands
 * it to the real {@link PushSink}. So the real sink is only ever called on the caller's thread (its validation work is
 * not charged to the script's CPU time), and once the caller has given up on a script that does not stop, nothing the
 * abandoned thread still does can reach the sink: {@link #abandon()} closes the relay for good.
 *
 * <p>A function push's {@code this.get(key)} needs the real sink's model after every earlier push: the script thread
 * queues the question behind those pushes and waits for the caller's answer.
 */
final class SinkRelay implements PushSink {

    private static final long OFFER_WAIT_MILLIS = 50;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private volatile boolean abandoned;

    /** Thrown on the script thread once the caller has abandoned it: the script ends without reaching anything. */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the recording was abandoned", null, false, false);
        }
    }

    private record ModelQuery(String key, CompletableFuture<JsonNode> answer) {}

    private enum End {
        INSTANCE
    }

    // --- the script thread's side ---------------------------------------------------------------------------------

    @Override
    public void push(Push push) {
        send(push);
    }

    @Override
    public void problem(InputProblem problem) {
        send(problem);
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        send(new ModelQuery(dottedKey, answer));
        while (true) {
            try {
                return answer.get(OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                checkOpen();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned();
            }
        }
    }

    /** The script thread is done: the caller stops waiting once it has delivered everything before this. */
    void end() {
        send(End.INSTANCE);
    }

    private void send(Object message) {
        try {
            while (!queue.offer(message, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                checkOpen();
            }
            checkOpen();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private void checkOpen() {
        if (abandoned) {
            throw new Abandoned();
        }
    }

    // --- the caller's side ----------------------------------------------------------------------------------------

    /**
     * Hands what the script reported so far to {@code sink}, waiting up to {@code wait} for the first message.
     *
     * @return true once the script thread has ended and everything it reported has been delivered
     */
    boolean deliver(PushSink sink, Duration wait) throws InterruptedException {
        if (abandoned) {
            return true;
        }
        Object first = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return false;
        }
        List<Object> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch);
        for (Object message : batch) {
            switch (message) {
                case Push push -> sink.push(push);
                case InputProblem problem -> sink.problem(problem);
                case ModelQuery query -> answer(query, sink);
                case End end -> {
                    return true;
                }
                default -> throw new IllegalStateException("unexpected message " + message);
            }
        }
        return false;
    }

    private static void answer(ModelQuery query, PushSink sink) {
        try {
            query.answer().complete(sink.modelValue(query.key()));
        } catch (RuntimeException e) {
            query.answer().completeExceptionally(e);
            throw e;
        }
    }

    /** Closes the relay: whatever the script thread still sends is dropped and ends the script with an exception. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }
}
