package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The places where JSON Schema implementations part ways, each checked on the compiled fast path and on networknt
 * side by side, with the verdict JSON Schema draft 2020-12 gives; what makes the compiler leave a schema to
 * networknt; and failures explained by the compiled schema exactly as networknt reports them, or left to it.
 */
class CompiledSchemaTest {

    @Test
    void aWholeNumberWrittenWithAFractionIsAnInteger() {
        String schema = "{\"type\": \"integer\", \"minimum\": 1}";
        verdict(schema, "1.0", true);
        verdict(schema, "1.5", false);
        verdict(schema, "0", false);
        verdict(schema, "1e300", true);
        verdict(schema, "99999999999999999999", true);
    }

    @Test
    void boundsCompareTheDecimalAJavaScriptNumberIs() {
        verdict("{\"exclusiveMinimum\": 0.1}", "0.1", false);
        verdict("{\"exclusiveMinimum\": 0.1}", "0.30000000000000004", true);
        verdict("{\"maximum\": 0.3}", "0.30000000000000004", false);
        verdict("{\"minimum\": 0}", "-0.0", true);
        verdict("{\"exclusiveMinimum\": 0}", "-0.0", false);
        verdict("{\"maximum\": 9223372036854775807}", "9.3e18", false);
        verdict("{\"minimum\": 0}", "\"-5\"", true);
    }

    @Test
    void lengthsCountCodePointsNotChars() {
        String schema = "{\"type\": \"string\", \"maxLength\": 3, \"minLength\": 2}";
        verdict(schema, "\"😀😀😀\"", true);
        verdict(schema, "\"😀😀😀😀\"", false);
        verdict(schema, "\"😀\"", false);
    }

    @Test
    void patternsFindAnywhereAndAFinalDollarIsTheEnd() {
        verdict("{\"pattern\": \"[0-9]\"}", "\"a1b\"", true);
        verdict("{\"pattern\": \"^[A-Z]{3}$\"}", "\"USD\"", true);
        verdict("{\"pattern\": \"^[A-Z]{3}$\"}", "\"USD\\n\"", false);
        verdict("{\"pattern\": \"^[A-Z]{3}$\"}", "7", true);
    }

    @Test
    void applicatorsCombineAsTheDraftSays() {
        String oneOf = "{\"oneOf\": [{\"type\": \"string\"}, {\"maxLength\": 2}]}";
        verdict(oneOf, "\"abc\"", true);
        verdict(oneOf, "\"ab\"", false);
        verdict(oneOf, "5", true);
        String conditional = "{\"if\": {\"required\": [\"a\"]}, \"then\": {\"required\": [\"b\"]}, "
                + "\"else\": {\"required\": [\"c\"]}}";
        verdict(conditional, "{\"a\": 1, \"b\": 2}", true);
        verdict(conditional, "{\"a\": 1, \"c\": 2}", false);
        verdict(conditional, "{\"c\": null}", true);
        verdict("{\"not\": {\"enum\": [\"x\", null]}}", "null", false);
        verdict("{\"items\": {\"type\": \"integer\"}, \"prefixItems\": [{\"type\": \"string\"}]}", "[\"a\", 1]", true);
        verdict("{\"items\": {\"type\": \"integer\"}, \"prefixItems\": [{\"type\": \"string\"}]}", "[1, 1]", false);
        verdict("{\"contains\": {\"const\": true}}", "[false, true]", true);
        verdict("{\"contains\": {\"const\": true}}", "[]", false);
    }

    @Test
    void objectKeywordsSeeEveryMember() {
        String schema = "{\"properties\": {\"a\": {\"type\": \"string\"}}, \"patternProperties\": {\"^x-\": true},"
                + " \"additionalProperties\": false, \"propertyNames\": {\"maxLength\": 4},"
                + " \"dependentRequired\": {\"a\": [\"x-b\"]}}";
        verdict(schema, "{\"a\": \"s\", \"x-b\": 1}", true);
        verdict(schema, "{\"a\": \"s\"}", false);
        verdict(schema, "{\"b\": 1}", false);
        verdict(schema, "{\"x-bcd\": 1}", false);
        verdict(schema, "{\"x-b\": null}", true);
    }

    @Test
    void whatTheCompilerDoesNotKnowIsLeftToNetworknt() {
        assertThat(refusal("{\"type\": \"string\", \"format\": \"email\"}")).contains("format");
        assertThat(refusal("{\"uniqueItems\": true}")).contains("uniqueItems");
        assertThat(refusal("{\"x-vendor\": 1}")).contains("x-vendor");
        assertThat(refusal("{\"enum\": [1, 2]}")).contains("number");
        assertThat(refusal("{\"pattern\": \"^a$|^b$\"}")).contains("pattern");
        assertThat(refusal("{\"pattern\": \"\\\\p{Letter}\"}")).contains("pattern");
        assertThat(refusal("{\"$defs\": {\"a\": {\"$anchor\": \"a\"}}, \"$ref\": \"#a\"}"))
                .contains("anchor");
        assertThat(refusal("{\"type\": \"string\", \"x-message\": {\"type\": \"must be text\"}}"))
                .isNull();
    }

    @Test
    void aValueJsonCannotCarryIsLeftToNetworknt() {
        Contract contract = contract("{\"type\": \"object\"}");
        assertThat(contract.compiled().passes(dev.datalayerlint.core.values.JsValues.UNDEFINED))
                .isFalse();
        assertThat(contract.compiled().passes(Json.MAPPER.readTree("NaN"))).isFalse();
    }

    @Test
    void aFractionAgainstAnIntegerSchemasBoundIsExplainedAsNetworkntJudgesIt() {
        // networknt compares asLong() there: 0.1 counts as 0, so it is not above 0, though it is as a decimal.
        assertThat(explained("{\"type\": \"integer\", \"exclusiveMinimum\": 0}", "0.1"))
                .extracting(v -> v.rule().id())
                .containsExactly("schema.range", "schema.type");
        // -0.5 counts as 0 and so is at least 0: the type alone fails.
        assertThat(explained("{\"type\": \"integer\", \"minimum\": 0}", "-0.5"))
                .extracting(v -> v.rule().id())
                .containsExactly("schema.type");
    }

    @Test
    void failuresAreExplainedWithNetworkntsPointersLocationsAndMessages() {
        explained(
                "{\"properties\": {\"a/b\": {\"type\": \"string\"}, \"c~d\": {\"maxLength\": 1}}}",
                "{\"a/b\": 1, \"c~d\": \"xyz\"}");
        explained(
                "{\"anyOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}},"
                        + " {\"properties\": {\"b\": {\"type\": \"string\"}}}]}",
                "{\"a\": 1, \"b\": 2}");
        explained("{\"oneOf\": [{\"type\": \"string\"}, {\"maxLength\": 2}]}", "\"ab\"");
        explained("{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"boolean\"}]}", "3");
        explained(
                "{\"oneOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}},"
                        + " {\"properties\": {\"b\": {\"type\": \"string\"}}}]}",
                "{\"a\": 1, \"b\": 2}");
        explained(
                "{\"if\": {\"required\": [\"a\"]}, \"then\": {\"required\": [\"b\"]}, "
                        + "\"else\": {\"required\": [\"c\"]}}",
                "{\"a\": 1, \"c\": 2}");
        explained(
                "{\"properties\": {\"a\": {\"type\": \"string\"}}, \"additionalProperties\": false,"
                        + " \"dependentRequired\": {\"a\": [\"b\", \"c\"]}, \"required\": [\"d\"]}",
                "{\"a\": \"s\", \"x\": 1, \"y\": 2}");
        explained(
                "{\"prefixItems\": [{\"type\": \"string\"}], \"items\": {\"enum\": [\"a\", null]},"
                        + " \"maxItems\": 2}",
                "[1, \"b\", null]");
    }

    @Test
    void whatNetworkntWordsItselfIsLeftToIt() {
        leftToNetworknt("{\"not\": {\"type\": \"string\"}}", "\"x\"");
        leftToNetworknt("{\"contains\": {\"const\": true}}", "[false]");
        leftToNetworknt("{\"propertyNames\": {\"maxLength\": 1}}", "{\"ab\": 1}");
        leftToNetworknt("{\"properties\": {\"a\": false}}", "{\"a\": 1}");
    }

    /** The violations of a failing instance, explained by the compiled schema: networknt's, in the same order. */
    private static List<ContractViolation> explained(String schema, String instance) {
        return failing(schema, instance, true);
    }

    private static void leftToNetworknt(String schema, String instance) {
        failing(schema, instance, false);
    }

    /** Checks a failing instance both ways; {@code explained}: whether the compiled schema explains it itself. */
    private static List<ContractViolation> failing(String schema, String instance, boolean explained) {
        Contract contract = contract(schema);
        JsonNode value = Json.MAPPER.readTree(instance);
        assertThat(contract.compiled().passes(value))
                .as("%s on %s", schema, instance)
                .isFalse();
        assertThat(contract.explanation(value) != null)
                .as("explained: %s on %s", schema, instance)
                .isEqualTo(explained);
        List<ContractViolation> violations = contract.check(value);
        assertThat(violations).isNotEmpty().isEqualTo(contract.checkReference(value));
        return violations;
    }

    private static void verdict(String schema, String instance, boolean expected) {
        Contract contract = contract(schema);
        JsonNode value = Json.MAPPER.readTree(instance);
        assertThat(contract.compiled().refusal()).as(schema).isNull();
        assertThat(contract.passesReference(value))
                .as("networknt: %s on %s", schema, instance)
                .isEqualTo(expected);
        assertThat(contract.compiled().passes(value))
                .as("compiled: %s on %s", schema, instance)
                .isEqualTo(expected);
    }

    private static String refusal(String schema) {
        return contract(schema).compiled().refusal();
    }

    private static Contract contract(String schema) {
        JsonNode node = Json.MAPPER.readTree(
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", " + schema.substring(1));
        return ContractCatalog.load(List.of(), Map.of("edge/case.json", node))
                .byId("edge/case")
                .orElseThrow();
    }
}
