package dev.datalayerlint.core.capture;

import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.contract.StandaloneSchema;
import dev.datalayerlint.core.recording.CaptureEnvelope;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schema of an envelope line, for tests that check what a real capture wrote against it. */
final class EnvelopeSchema {

    static final String TEXT = load();
    private static final StandaloneSchema SCHEMA = StandaloneSchema.of(Json.MAPPER.readTree(TEXT));

    private EnvelopeSchema() {}

    static List<ContractViolation> violations(JsonNode line) {
        return SCHEMA.check(line);
    }

    private static String load() {
        try (InputStream in = CaptureEnvelope.class.getResourceAsStream("capture-envelope.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
