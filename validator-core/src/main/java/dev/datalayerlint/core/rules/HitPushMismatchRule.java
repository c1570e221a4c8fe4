package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * What GA4 received is not what the page pushed: a GA4 ecommerce hit whose {@code value}, {@code currency},
 * {@code transaction_id} or number of items differs from the dataLayer push that triggered it (the closest preceding
 * push of the same event). The push can be perfect and the report still wrong, through a GTM variable reading a stale
 * model or a tag mapping the wrong field; only the hit shows it.
 */
public final class HitPushMismatchRule extends DescribedRule {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "hit.push-mismatch",
            "A GA4 hit carries another value, currency, transaction_id or number of items than the push that"
                    + " triggered it",
            Severity.ERROR);

    public HitPushMismatchRule() {
        super(DESCRIPTOR);
    }

    @Override
    public RecordingCheck start() {
        Map<String, EcommerceEvent> lastPush = new HashMap<>();
        return (context, report) -> {
            Push push = context.push();
            String name = push.eventName();
            if (name == null || !Ga4Vocabulary.ECOMMERCE_EVENTS.contains(name)) {
                return;
            }
            if (!push.isHit()) {
                EcommerceEvent event = EcommerceEvent.of(push);
                if (event == null) {
                    lastPush.remove(name);
                } else {
                    lastPush.put(name, event);
                }
                return;
            }
            EcommerceEvent pushed = lastPush.get(name);
            if (pushed == null) {
                return;
            }
            JsonNode sent = push.payload().path("ecommerce");
            String from = " in " + pushed.describe() + " at " + pushed.push().location();
            BigDecimal value = Money.amount(sent.get("value"));
            if (!sameAmount(value, pushed.value())) {
                report.accept(new Violation(
                        "/ecommerce/value",
                        "value " + amount(value) + " differs from " + amount(pushed.value()) + from));
            }
            String currency =
                    sent.path("currency").isString() ? sent.get("currency").asString() : null;
            if (!Objects.equals(currency, pushed.currency())) {
                report.accept(new Violation(
                        "/ecommerce/currency",
                        "currency " + text(currency) + " differs from " + text(pushed.currency()) + from));
            }
            String transaction = EcommerceEvent.idText(sent.get("transaction_id"));
            if (!Objects.equals(transaction, pushed.transactionId())) {
                report.accept(new Violation(
                        "/ecommerce/transaction_id",
                        "transaction_id " + text(transaction) + " differs from " + text(pushed.transactionId())
                                + from));
            }
            int items = sent.get("items") instanceof ArrayNode array ? array.size() : 0;
            int pushedItems = pushed.items() == null ? 0 : pushed.items().size();
            if (items != pushedItems) {
                report.accept(new Violation(
                        "/ecommerce/items", items + " item(s) sent where " + pushedItems + " were pushed" + from));
            }
        };
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "(none)" : Money.format(amount);
    }

    private static String text(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }
}
