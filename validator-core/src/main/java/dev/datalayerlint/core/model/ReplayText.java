package dev.datalayerlint.core.model;

import dev.datalayerlint.core.spi.Push;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording replayed push by push into what a person reads: the call as the page made it and GTM's data model
 * after it, both as JavaScript literals, exactly as {@code datalayer-lint replay} prints them. For reports that show a
 * recording (the HTML report's timeline) without writing a replay document. Each text is cut at a limit, so one huge
 * push cannot make a report unbounded.
 */
public final class ReplayText {

    /**
     * One push replayed.
     *
     * @param call {@code dataLayer.push({...})} or {@code gtag(...)}, possibly cut
     * @param model the data model after the push, possibly cut; null when the model could not be replayed
     */
    public record Step(Push push, String call, String model) {}

    private ReplayText() {}

    /**
     * Replays {@code pushes} in order into a fresh model.
     *
     * @param limit the most characters of each text; a longer one ends with a note of how much was left out
     */
    public static List<Step> of(List<Push> pushes, int limit) {
        List<Step> steps = new ArrayList<>(pushes.size());
        DataLayerModel model = new DataLayerModel();
        for (Push push : pushes) {
            if (PushDepth.of(push) > PushDepth.MAX) {
                steps.add(new Step(push, PushDepth.refusal(), model == null ? null : literal(model, limit)));
                continue;
            }
            String call = cut(ReplayRenderer.call(push, ""), limit);
            String state = null;
            if (model != null) {
                try {
                    model.apply(push);
                    state = literal(model, limit);
                } catch (RuntimeException | StackOverflowError e) {
                    model = null; // as in the linter: no later push can be judged against a broken model
                }
            }
            steps.add(new Step(push, call, state));
        }
        return steps;
    }

    private static String literal(DataLayerModel model, int limit) {
        return cut(JsLiteral.of(model.state(), ""), limit);
    }

    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit) + "\n… (" + (text.length() - limit) + " more characters not shown)";
    }
}
