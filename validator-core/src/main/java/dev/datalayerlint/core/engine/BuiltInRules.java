package dev.datalayerlint.core.engine;

import dev.datalayerlint.core.rules.RecordingRules;
import dev.datalayerlint.core.rules.Rule;
import java.util.List;

/** The rules that run across a whole recording, in the order they report. */
final class BuiltInRules {

    private BuiltInRules() {}

    static List<Rule> recordingRules() {
        return RecordingRules.all();
    }
}
