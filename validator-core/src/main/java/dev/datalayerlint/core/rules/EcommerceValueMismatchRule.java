package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.Decimals;
import java.math.BigDecimal;
import java.util.Currency;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * An ecommerce event whose {@code value} is not the exact sum of {@code price × quantity} over its items (quantity 1
 * when absent, as in GA4). Shipping and tax are not part of {@code value}. Skipped when an item has no numeric price
 * or a quantity that is not a number. Amounts are compared as the decimals GA4 receives, never as doubles. Only the
 * events whose GA4 parameter table has {@code value} are checked ({@link Ga4Vocabulary#EVENTS_WITH_VALUE}): GA4 ignores
 * a {@code value} on {@code select_item} or {@code view_item_list}, so a mismatch there changes nothing.
 */
public final class EcommerceValueMismatchRule extends DescribedRule {

    public EcommerceValueMismatchRule() {
        super(new RuleDescriptor(
                "ecommerce.value-mismatch",
                "An ecommerce event's value differs from the sum of price × quantity of its items",
                Severity.WARNING));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> {
            EcommerceEvent event = EcommerceEvent.of(context.push());
            if (event == null || !event.hasItems() || !Ga4Vocabulary.EVENTS_WITH_VALUE.contains(event.name())) {
                return;
            }
            BigDecimal value = event.value();
            BigDecimal total = itemsTotal(event.items());
            String currency = event.currency();
            if (value == null || total == null || value.compareTo(total) == 0 || roundedTotal(value, total, currency)) {
                return;
            }
            int count = event.items().size();
            report.accept(new Violation(
                    event.pointer("value"),
                    "value " + Money.format(value, currency) + " differs from " + Money.format(total, currency)
                            + ", the sum of price × quantity over the " + count + (count == 1 ? " item" : " items")
                            + " (shipping and tax are not part of value)"));
        };
    }

    /**
     * True when unit prices finer than the currency's minor unit (a B2B price of 5.4555 USD, which GA4 accepts) add up
     * to a total that {@code value} states rounded to the minor unit, whichever way the shop rounds: 10 × 5.4555 =
     * 54.555 sent as 54.56 or 54.55 is the same amount, since a total cannot carry more decimals than the currency
     * has. The two differ by less than one minor unit.
     */
    private static boolean roundedTotal(BigDecimal value, BigDecimal total, String currency) {
        int minorUnit = minorUnit(currency);
        return Decimals.decimalPlaces(total) > minorUnit
                && value.subtract(total).abs().compareTo(BigDecimal.ONE.movePointLeft(minorUnit)) < 0;
    }

    private static int minorUnit(String currency) {
        try {
            int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /**
     * Σ price × quantity, or null when an item lacks a numeric price or a whole-number quantity: the contract
     * already reports those, and a sum over them would only add noise.
     */
    private static BigDecimal itemsTotal(ArrayNode items) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode item : items) {
            BigDecimal price = Decimals.of(item.get("price"));
            if (price == null) {
                return null;
            }
            JsonNode units = item.get("quantity");
            BigDecimal quantity = units == null ? BigDecimal.ONE : Decimals.of(units);
            if (quantity == null || Decimals.decimalPlaces(quantity) > 0) {
                return null;
            }
            total = total.add(price.multiply(quantity));
        }
        return total;
    }
}
