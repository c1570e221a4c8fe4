package dev.datalayerlint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.api.LintProfile;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.contract.ContractException;
import dev.datalayerlint.core.contract.ContractViolation;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.RecordingFormat;
import dev.datalayerlint.core.values.Json;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** What the shipped contracts say about typical mistakes: rule, pointer and the sentence a person reads. */
class ContractMessagesTest {

    private static ListAssert<Tuple> check(String contract, String instance) {
        List<ContractViolation> violations =
                ContractCatalog.shipped().byId(contract).orElseThrow().check(Json.MAPPER.readTree(instance));
        return assertThat(violations.stream()
                .map(v -> tuple(
                        v.rule().id(), v.violation().pointer(), v.violation().message()))
                .toList());
    }

    @Test
    void braintreeAmountsAreDecimalStrings() {
        check("braintree/refund", "{\"transactionId\": \"a\", \"amount\": \"50.00\"}")
                .isEmpty();
        check("braintree/refund", "{\"transactionId\": \"a\", \"amount\": \"50.001\"}")
                .containsExactly(
                        tuple("money.decimals", "/amount", "amount \"50.001\" has 3 decimals; at most 2 allowed"));
        check("braintree/refund", "{\"transactionId\": \"a\", \"amount\": \"0.00\"}")
                .containsExactly(tuple("money.range", "/amount", "amount \"0.00\" must be greater than 0"));
        check("braintree/refund", "{\"transactionId\": \"a\", \"amount\": 50.5}")
                .containsExactly(
                        tuple("schema.type", "/amount", "amount 50.5 must be a decimal string such as \"50.00\""));
        check("braintree/refund", "{\"transactionId\": \"a\", \"amount\": \"$50\"}")
                .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(tuple("schema.pattern", "/amount"));
    }

    @Test
    void ga4ItemsHoldAtMost200Elements() {
        String items200 = "{\"item_id\": \"S\"}, ".repeat(199) + "{\"item_id\": \"S\"}";
        check("ga4/view_item_list", "{\"items\": [" + items200 + "]}").isEmpty();
        check("ga4/view_item_list", "{\"items\": [" + items200 + ", {\"item_id\": \"S\"}]}")
                .containsExactly(tuple(
                        "schema.size",
                        "/items",
                        "items holds more than 200 items; GA4's reference: \"The items array can include up to 200"
                                + " elements\""));
    }

    @Test
    void typeMessagesReadAsEnglishForContainers() {
        check("ga4/view_item", "{\"items\": {\"item_id\": \"S\"}}")
                .containsExactly(tuple("schema.type", "/items", "items must be an array, not an object"));
        check("ga4/view_item", "{\"items\": [[1]]}")
                .extracting(t -> t.toList().get(2))
                .contains("items[0] must be an object, not an array");
    }

    @Test
    void typeMessagesOfProjectContractsNameEveryType() {
        var profile = LintProfile.builder().schema("acme/signup.json", """
                        {"$schema": "https://json-schema.org/draft/2020-12/schema",
                         "x-datalayer": {"events": ["signup"], "target": ""},
                         "type": "object",
                         "properties": {"plan": {"type": ["integer", "string", "null"]}}}
                        """).build();
        var messages = profile
                .lint("signup.json", "[{\"event\": \"signup\", \"plan\": true}]", RecordingFormat.JSON)
                .findings()
                .stream()
                .map(Finding::message)
                .toList();
        assertThat(messages).contains("plan true must be an integer or a string or null, not a boolean");
        // A type JSON Schema does not have is refused when the contract is loaded, naming the contract.
        assertThatThrownBy(() ->
                        LintProfile.builder().schema("acme/signup.json", """
                                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "objekt"}
                                """).build())
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("memory:acme/signup.json: not a valid JSON Schema");
    }

    @Test
    void ga4ViewItemListDeclaresCurrency() {
        check("ga4/view_item_list", "{\"currency\": \"usd\", \"items\": [{\"item_id\": \"S\"}]}")
                .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(tuple("schema.pattern", "/currency"));
    }

    @Test
    void braintreeReportsAnArgumentItDoesNotTake() {
        check("braintree/refund", "{\"transactionId\": \"a\", \"amout\": \"5.00\"}")
                .containsExactly(tuple(
                        "schema.unknown-property",
                        "/amout",
                        "amout is not an argument of transaction.refund() (transactionId, amount, orderId,"
                                + " lineItems)"));
    }

    @Test
    void refcampaignAmountsAreMinorUnits() {
        check("refcampaign/refund", "{\"externalId\": \"x\", \"amount\": 1250}").isEmpty();
        check("refcampaign/refund", "{\"externalId\": \"x\", \"amount\": 12.50}")
                .containsExactly(tuple(
                        "schema.type",
                        "/amount",
                        "amount 12.5 must be an integer amount in minor units (cents): 12.50 is sent as 1250"));
    }

    @Test
    void currencyIsRequiredWhenValueIsSet() {
        check("ga4/add_to_cart", "{\"value\": 7.77, \"items\": [{\"item_id\": \"SKU_1\"}]}")
                .containsExactly(tuple("schema.required", "/currency", "currency is required when value is set"));
        check("trackbridge/refund", "{\"transactionId\": \"T1\", \"clientId\": \"c\", \"value\": 7.77}")
                .containsExactly(tuple("schema.required", "/currency", "currency is required when value is set"));
    }

    @Test
    void aFieldRequiredTwiceIsReportedOnce() {
        // ga4/refund requires currency itself, and the refund-params.json it references requires it when value is set
        check("ga4/refund", "{\"value\": 7.77}")
                .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactlyInAnyOrder(
                        tuple("schema.required", "/transaction_id"), tuple("schema.required", "/currency"));
    }

    @Test
    void measurementProtocolNamingRules() {
        String body = """
                {"client_id": "c", "events": [
                  {"name": "session_start", "params": {"1st": 1, "google_x": 2}},
                  {"name": "refund", "params": {"transaction_id": "T1", "value": 7.77}}
                ]}""";
        check("ga4-mp/refund", body)
                .containsExactlyInAnyOrder(
                        tuple(
                                "schema.alternatives",
                                "/events/0/name",
                                "name \"session_start\" is an event name GA4 reserves; the Measurement Protocol"
                                        + " rejects it"),
                        tuple(
                                "schema.property-name",
                                "/events/0/params/1st",
                                "1st is not a valid parameter name: at most 40 characters, a letter first, then"
                                        + " letters, digits or underscores; google_, ga_ and firebase_ are"
                                        + " reserved"),
                        tuple(
                                "schema.property-name",
                                "/events/0/params/google_x",
                                "google_x is not a valid parameter name: at most 40 characters, a letter first,"
                                        + " then letters, digits or underscores; google_, ga_ and firebase_ are"
                                        + " reserved"),
                        tuple(
                                "schema.required",
                                "/events/1/params/currency",
                                "currency is required when value is set (GA4 cannot report a refund amount"
                                        + " without its currency)"));
    }

    @Test
    void measurementProtocolLimits() {
        StringBuilder params = new StringBuilder("{\"transaction_id\": \"T1\"");
        for (int i = 0; i < 25; i++) {
            params.append(", \"p").append(i).append("\": ").append(i);
        }
        params.append('}');
        check(
                        "ga4-mp/refund",
                        "{\"client_id\": \"c\", \"events\": [{\"name\": \"refund\", \"params\": " + params + "}]}")
                .containsExactly(
                        tuple("schema.size", "/events/0/params", "params has too many parameters (at most 25)"));
        check("ga4-mp/refund", "{\"events\": [{\"name\": \"refund\", \"params\": {\"transaction_id\": \"T1\"}}]}")
                .containsExactly(tuple(
                        "schema.alternatives",
                        "",
                        "push needs client_id (web stream) or app_instance_id (app stream)"));
    }
}
