package dev.datalayerlint.core.spi;

import tools.jackson.databind.JsonNode;

/**
 * What a rule may look at for one push: the push itself and GTM's merged data model right after it.
 *
 * @param state facts shared by the rules of this recording (see {@link RecordingState})
 * @param modelAfter the data model once GTM has merged this push (an empty object before any model support). It may be
 *     the live {@code DataLayerModel#state()}, which the next push changes: read it during {@code onPush} and copy
 *     whatever a check keeps; never modify it.
 */
public record PushContext(Push push, JsonNode modelAfter, RecordingState state) {}
