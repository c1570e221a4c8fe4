package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import tools.jackson.databind.JsonNode;

/**
 * Puts the GA4 hits of a HAR among the pushes of the recording next to it. A HAR has the hits' times but the pushes
 * have none (a JavaScript recording, a JSON dump), so the hits are placed by event: a GA4 tag fires on the push
 * that carries its event, and the k-th hit of an event follows the k-th push of that event. Hits whose event no
 * push carries ({@code page_view}, {@code user_engagement}) come after the last push. The pushes stream through
 * and are numbered again with the hits among them.
 */
final class HitPlacement implements PushSink {

    private final PushSink target;
    private final Map<String, Queue<Push>> waiting = new HashMap<>();
    private final List<Push> unplaced = new ArrayList<>();
    private int index;

    /** @param hits the hits in the order the browser sent them */
    HitPlacement(PushSink target, List<Push> hits) {
        this.target = target;
        for (Push hit : hits) {
            String event = hit.eventName();
            if (event == null) {
                unplaced.add(hit);
            } else {
                waiting.computeIfAbsent(event, e -> new ArrayDeque<>()).add(hit);
            }
        }
    }

    @Override
    public void push(Push push) {
        emit(push);
        Queue<Push> hits = push.isHit() || push.eventName() == null ? null : waiting.get(push.eventName());
        if (hits != null && !hits.isEmpty()) {
            emit(hits.remove());
        }
    }

    @Override
    public void problem(InputProblem problem) {
        target.problem(problem);
    }

    @Override
    public JsonNode modelValue(String dottedKey) {
        return target.modelValue(dottedKey);
    }

    /** Sends the hits no push claimed, in the order they were sent. */
    void end() {
        List<Push> rest = new ArrayList<>(unplaced);
        waiting.values().forEach(rest::addAll);
        rest.sort(java.util.Comparator.comparingInt(Push::index));
        rest.forEach(this::emit);
    }

    private void emit(Push push) {
        target.push(new Push(index++, push.payload(), push.location(), push.kind()));
    }
}
