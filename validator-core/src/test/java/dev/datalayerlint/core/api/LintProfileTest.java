package dev.datalayerlint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.spi.RecordingResult;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A profile travels to a distributed worker as its spec and lints there exactly as it does here. */
class LintProfileTest {

    private static final String RECORDING = """
            [{"event": "signup", "plan": "gold"},
             {"event": "refund", "ecommerce": {"transaction_id": "T1", "currency": "usd", "value": 7.777}}]
            """;

    private static final String SIGNUP = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "x-datalayer": {"events": ["signup"], "target": ""},
             "type": "object",
             "properties": {"plan": {"enum": ["free", "pro"]}}}
            """;

    @Test
    void aSerialisedProfileLintsAsTheOriginalDoes() throws IOException, ClassNotFoundException {
        LintProfile original = LintProfile.builder()
                .schema("acme/signup.json", SIGNUP)
                .rules(new RuleConfig(Map.of("money.decimals", Severity.WARNING), Set.of("schema.pattern")))
                .build();
        RecordingResult here = original.lint("r.json", RECORDING, RecordingFormat.JSON);
        assertThat(here.findings())
                .extracting(f -> f.ruleId() + " " + f.severity().label())
                .containsExactly("schema.enum error", "money.decimals warning");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        LintProfile arrived;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            arrived = (LintProfile) in.readObject();
        }

        assertThat(arrived).isNotSameAs(original);
        assertThat(arrived.spec()).isEqualTo(original.spec());
        assertThat(arrived.lint("r.json", RECORDING, RecordingFormat.JSON)).isEqualTo(here);
    }
}
