package dev.datalayerlint.core.values;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the core reads recordings with: lenient where browsers' dumps are, strict elsewhere. */
public final class Json {

    /** Accepts NaN/Infinity (a hand-made dump may hold them; they become findings) and nothing else non-standard. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Json() {}
}
