package dev.datalayerlint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.datalayerlint.core.values.Json;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The money declarations of x-datalayer.decimals, with and without a scope. */
class DecimalCheckTest {

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    private static List<ContractViolation> check(String declaration, String instance) {
        return DecimalCheck.from(json(declaration)).check(json(instance));
    }

    @Nested
    class WithoutScope {

        private static final String GA4 = "{\"currency\": \"/currency\", \"fields\": [\"/value\", \"/items/*/price\"]}";

        @Test
        void followsTheCurrencysMinorUnit() {
            assertThat(check(GA4, "{\"currency\": \"USD\", \"value\": 7.77, \"items\": [{\"price\": 7.77}]}"))
                    .isEmpty();
            assertThat(check(GA4, "{\"currency\": \"KWD\", \"value\": 12.345}")).isEmpty();
            assertThat(check(GA4, "{\"currency\": \"JPY\", \"value\": 1500, \"items\": [{\"price\": 1500.5}]}"))
                    .extracting(ContractViolation::rule, v -> v.violation().pointer())
                    .containsExactly(tuple(SchemaRules.MONEY_DECIMALS, "/items/0/price"));
        }

        @Test
        void unitPricesFinerThanTheMinorUnitAreOnlyInfo() {
            String declaration =
                    "{\"currency\": \"/currency\", \"fields\": [\"/value\"], \"unitPrices\": [\"/items/*/price\"]}";
            assertThat(check(declaration, "{\"currency\": \"USD\", \"value\": 5.46, \"items\": [{\"price\": 5.4555}]}"))
                    .extracting(ContractViolation::rule, v -> v.violation().message())
                    .containsExactly(tuple(
                            SchemaRules.MONEY_ITEM_PRECISION,
                            "price 5.4555 has 4 decimals, finer than the currency's minor unit (USD allows at most 2);"
                                    + " GA4 accepts unit prices as sent, but check it is not a float artefact"));
            assertThat(check(declaration, "{\"currency\": \"USD\", \"value\": 5.4555}"))
                    .extracting(ContractViolation::rule)
                    .containsExactly(SchemaRules.MONEY_DECIMALS);
        }

        @Test
        void reportsAnUnknownCurrencyAndFallsBackToTwoDecimals() {
            assertThat(check(GA4, "{\"currency\": \"ABC\", \"value\": 7.777}"))
                    .extracting(ContractViolation::rule, v -> v.violation().pointer())
                    .containsExactly(
                            tuple(SchemaRules.MONEY_UNKNOWN_CURRENCY, "/currency"),
                            tuple(SchemaRules.MONEY_DECIMALS, "/value"));
        }

        @Test
        void checksDecimalStringsDigitByDigit() {
            String braintree = "{\"fields\": {\"/amount\": {\"maxScale\": 2, \"exclusiveMinimum\": \"0\"}}}";
            assertThat(check(braintree, "{\"amount\": \"50.00\"}")).isEmpty();
            assertThat(check(braintree, "{\"amount\": \"50.001\"}"))
                    .extracting(v -> v.violation().message())
                    .containsExactly("amount \"50.001\" has 3 decimals; at most 2 allowed");
            assertThat(check(braintree, "{\"amount\": \"0.00\"}"))
                    .extracting(ContractViolation::rule, v -> v.violation().message())
                    .containsExactly(tuple(SchemaRules.MONEY_RANGE, "amount \"0.00\" must be greater than 0"));
        }
    }

    @Nested
    class WithScope {

        private static final String MP = "{\"scope\": \"/events/*/params\", \"currency\": \"/currency\","
                + " \"fields\": [\"/value\", \"/items/*/price\"]}";

        @Test
        void checksEveryMatchAgainstItsOwnCurrency() {
            String body = """
                    {"events": [
                      {"name": "refund", "params": {"currency": "USD", "value": 7.777}},
                      {"name": "refund", "params": {"currency": "JPY", "value": 1500, "items": [{"price": 10.5}]}},
                      {"name": "refund", "params": {"currency": "KWD", "value": 12.345}},
                      {"name": "refund", "params": {"currency": "EUR", "value": 7.7}}
                    ]}""";
            assertThat(check(MP, body))
                    .extracting(
                            ContractViolation::rule,
                            v -> v.violation().pointer(),
                            v -> v.violation().message())
                    .containsExactly(
                            tuple(
                                    SchemaRules.MONEY_DECIMALS,
                                    "/events/0/params/value",
                                    "value 7.777 has 3 decimals; USD allows at most 2"),
                            tuple(
                                    SchemaRules.MONEY_DECIMALS,
                                    "/events/1/params/items/0/price",
                                    "price 10.5 has 1 decimal; JPY allows none"));
        }

        @Test
        void placesAnUnknownCurrencyInItsMatch() {
            String body =
                    "{\"events\": [{\"params\": {\"currency\": \"USD\"}}, {\"params\": {\"currency\": \"XYZ\"}}]}";
            assertThat(check(MP, body))
                    .extracting(ContractViolation::rule, v -> v.violation().pointer())
                    .containsExactly(tuple(SchemaRules.MONEY_UNKNOWN_CURRENCY, "/events/1/params/currency"));
        }

        @Test
        void aCurrencyOutsideTheMatchDoesNotApply() {
            // the top-level currency is not the event's: the event falls back to two decimals
            String body = "{\"currency\": \"JPY\", \"events\": [{\"params\": {\"value\": 7.77}}]}";
            assertThat(check(MP, body)).isEmpty();
        }

        @Test
        void nothingToCheckWhenTheScopeMatchesNothingOrNoObject() {
            assertThat(check(MP, "{\"client_id\": \"c\"}")).isEmpty();
            assertThat(check(MP, "{\"events\": \"refund\"}")).isEmpty();
            assertThat(check(MP, "{\"events\": [{\"params\": 7.777}, {\"params\": null}, 3]}"))
                    .isEmpty();
        }

        @Test
        void scopedDecimalStringsKeepTheirOptions() {
            String declaration =
                    "{\"scope\": \"/lines/*\"," + " \"fields\": {\"/amount\": {\"maxScale\": 2, \"minimum\": \"0\"}}}";
            assertThat(check(declaration, "{\"lines\": [{\"amount\": \"1.00\"}, {\"amount\": \"-1\"}]}"))
                    .extracting(ContractViolation::rule, v -> v.violation().pointer())
                    .containsExactly(tuple(SchemaRules.MONEY_RANGE, "/lines/1/amount"));
        }

        @Test
        void anEmptyScopeIsTheWholeInstance() {
            assertThat(check(
                            "{\"scope\": \"\", \"currency\": \"/currency\", \"fields\": [\"/value\"]}",
                            "{\"currency\": \"JPY\", \"value\": 1.5}"))
                    .extracting(v -> v.violation().pointer())
                    .containsExactly("/value");
        }
    }
}
