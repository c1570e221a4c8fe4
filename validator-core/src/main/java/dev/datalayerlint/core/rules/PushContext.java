package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.recording.Push;
import tools.jackson.databind.JsonNode;

/**
 * What a rule may look at for one push: the push itself and GTM's merged data model right after it.
 *
 * @param modelAfter the data model once GTM has merged this push (an empty object before any model support)
 */
public record PushContext(Push push, JsonNode modelAfter) {}
