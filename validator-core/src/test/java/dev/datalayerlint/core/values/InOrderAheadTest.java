package dev.datalayerlint.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The first stage of a recording's pipeline on a real pool: results come back in the order the items came whatever
 * order the tasks finish in, what is out at a time stays within its bounds in items and in weight (a recording of
 * huge pushes is worked on a few at a time), and a failure reaches the calling thread at its item's turn.
 */
class InOrderAheadTest {

    private static final int CHUNK = 16;
    private static final int IN_FLIGHT = 4;
    private static final long BUDGET = 1_000;

    /** Three threads, so chunks finish out of order; daemons, never in the way of the JVM's exit. */
    private static final ExecutorService pool =
            Executors.newFixedThreadPool(3, Thread.ofPlatform().daemon().factory());

    /** Items and what is out: every item is counted from its accept to its hand-back, on the calling thread. */
    private static final class Out {
        final List<Integer> handedBack = new ArrayList<>();
        long items;
        long weight;
        long mostItems;
        long mostWeight;

        void taken(int weightOfItem) {
            items++;
            weight += weightOfItem;
            mostItems = Math.max(mostItems, items);
            mostWeight = Math.max(mostWeight, weight);
        }

        void back(int item, int weightOfItem) {
            handedBack.add(item);
            items--;
            weight -= weightOfItem;
        }
    }

    @Test
    void resultsComeBackInOrderAndWhatIsOutStaysWithinItsBounds() {
        Random random = new Random(7);
        int[] weights = new int[20_000];
        for (int i = 0; i < weights.length; i++) {
            // mostly light items, now and then one of a third of the budget, and a few heavier than all of it
            int kind = random.nextInt(1_000);
            weights[i] = kind == 0 ? 3_000 : kind < 20 ? 333 : 1 + random.nextInt(5);
        }
        Out out = new Out();
        InOrderAhead<Integer, Integer> ahead = ahead(
                item -> weights[item],
                item -> {
                    if (item % 97 == 0) {
                        LockSupport.parkNanos(200_000); // tasks finish out of order
                    }
                    return item;
                },
                item -> out.back(item, weights[item]));
        for (int i = 0; i < weights.length; i++) {
            out.taken(weights[i]);
            ahead.accept(i);
        }
        ahead.drain();

        assertThat(out.handedBack).hasSize(weights.length);
        for (int i = 0; i < weights.length; i++) {
            assertThat(out.handedBack.get(i)).isEqualTo(i);
        }
        assertThat(out.items).isZero();
        // out: the tasks handed over, at most IN_FLIGHT chunks, and the chunk being filled
        assertThat(out.mostItems).isLessThanOrEqualTo((long) (IN_FLIGHT + 1) * CHUNK);
        // in weight: the budget, the chunk being filled (under its share), and one item that outweighs them all
        assertThat(out.mostWeight).isLessThanOrEqualTo(BUDGET + BUDGET / IN_FLIGHT + 3_000);
    }

    @Test
    void lightItemsGoOutInFullChunksWhileTheCallingThreadReadsOn() throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> handedBack = new ArrayList<>();
        InOrderAhead<Integer, Integer> ahead = ahead(
                item -> 1,
                item -> {
                    try {
                        go.await(); // held until the calling thread has handed over three chunks
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return item;
                },
                handedBack::add);
        for (int i = 0; i < 3 * CHUNK + 5; i++) {
            ahead.accept(i);
        }
        assertThat(handedBack).isEmpty(); // three chunks out, none back, and the calling thread was never held
        go.countDown();
        for (int i = 3 * CHUNK + 5; i < 2_000; i++) {
            ahead.accept(i);
        }
        ahead.drain();
        assertThat(handedBack).hasSize(2_000);
    }

    @Test
    void aFailureOfTheWorkReachesTheCallingThreadAtItsTurn() {
        List<Integer> handedBack = new ArrayList<>();
        InOrderAhead<Integer, Integer> ahead = ahead(
                item -> 1,
                item -> {
                    if (item == 100) {
                        throw new IllegalArgumentException("item 100 is broken");
                    }
                    return item;
                },
                handedBack::add);
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        ahead.accept(i);
                    }
                    ahead.drain();
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 100 is broken");
        assertThat(handedBack).hasSize(96).last().isEqualTo(95); // the chunks before the broken item's, whole

        InOrderAhead<Integer, Integer> outOfMemory = ahead(
                item -> 1,
                item -> {
                    throw new OutOfMemoryError("simulated");
                },
                item -> {});
        outOfMemory.accept(1);
        assertThatThrownBy(outOfMemory::drain).isInstanceOf(OutOfMemoryError.class);
    }

    private static InOrderAhead<Integer, Integer> ahead(
            ToLongFunction<Integer> weight, Function<Integer, Integer> work, Consumer<Integer> inOrder) {
        return new InOrderAhead<>(pool, CHUNK, IN_FLIGHT, BUDGET, weight, work, inOrder);
    }
}
