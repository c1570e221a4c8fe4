package dev.datalayerlint.testkit;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A recording a {@link RuleTester} case lints, in any of the forms the public API takes: a recording's text in one
 * of the formats the readers know, pushes held in memory, or pushes that carry their own locations. Each form goes
 * through the matching {@link LintProfile} call, so a rule test exercises the same path as the CLI or a browser test.
 */
@FunctionalInterface
public interface Recording {

    /** Lints this recording with {@code profile}; findings carry {@code name}. */
    RecordingResult lintWith(LintProfile profile, String name);

    /** A JSON recording: a dump of {@code window.dataLayer} (an array of pushes) or one push object. */
    static Recording json(String text) {
        return of(text, RecordingFormat.JSON);
    }

    /** A script recording ({@code dataLayer.push(...)} calls), run in the sandbox; its suppression comments apply. */
    static Recording script(String text) {
        return of(text, RecordingFormat.JS);
    }

    /** An NDJSON capture: one push per line. */
    static Recording ndjson(String text) {
        return of(text, RecordingFormat.NDJSON);
    }

    /** A recording's text in {@code format}. */
    static Recording of(String text, RecordingFormat format) {
        return (profile, name) -> profile.lint(name, text, format);
    }

    /** Pushes a caller holds, in order, without source locations. */
    static Recording nodes(List<JsonNode> pushes) {
        List<JsonNode> copy = List.copyOf(pushes);
        return (profile, name) -> profile.lint(name, copy);
    }

    /** Pushes with their own indexes, kinds and locations (a browser capture, a test's {@code TestPushes}). */
    static Recording pushes(List<Push> pushes) {
        List<Push> copy = List.copyOf(pushes);
        return (profile, name) -> profile.lintPushes(name, copy);
    }
}
