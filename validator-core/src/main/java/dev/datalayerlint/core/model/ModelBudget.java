package dev.datalayerlint.core.model;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.databind.JsonNode;

/**
 * How much of the data model {@code replay} may print for one recording: a million values, plus 32 for every value
 * the recording pushed. Printing the whole model after every push costs pushes × model size, which a small hostile
 * file makes huge; within this budget a replay stays proportional to its input. Once a model does not fit, the
 * models after the rest of that recording's pushes are omitted (and said so), so counting never repeats.
 */
final class ModelBudget {

    static final long BASE = 1_000_000;
    static final long PER_PUSHED_VALUE = 32;

    private long allowed = BASE;
    private long spent;
    private boolean exhausted;

    /** Credits the values of a push. */
    void pushed(JsonNode payload) {
        allowed += PER_PUSHED_VALUE * count(payload, Long.MAX_VALUE);
    }

    /** True if {@code model} may be printed now; it is then charged. False from the first model that does not fit. */
    boolean admit(JsonNode model) {
        if (exhausted) {
            return false;
        }
        long left = allowed - spent;
        long size = count(model, left);
        if (size > left) {
            exhausted = true;
            return false;
        }
        spent += size;
        return true;
    }

    long spent() {
        return spent;
    }

    /** The values in {@code node} (every node counts one), counting no further than just past {@code limit}. */
    static long count(JsonNode node, long limit) {
        long count = 0;
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty() && count <= limit) {
            JsonNode next = todo.pop();
            count++;
            if (next.isContainer()) {
                next.forEach(todo::push);
            }
        }
        return count;
    }
}
