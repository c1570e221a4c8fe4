package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A parameter of a GA4 ecommerce event, or of one of its items, whose name is not a GA4 parameter but nearly is one:
 * {@code shiping}, {@code item_brnad}, {@code transactionId}, or a name from Universal Analytics' product fields
 * ({@code qty}, {@code id}, {@code brand}). GA4 takes it as a custom parameter and the standard one stays empty: with
 * {@code qty: 3} GA4 counts one unit.
 */
public final class MisspelledParameterRule extends Ga4EventRule {

    /** Names that are far from the GA4 name by letters but meant as it (UA enhanced ecommerce and shop habits). */
    private static final Map<String, String> ITEM_ALIASES = Map.of(
            "qty", "quantity",
            "id", "item_id",
            "name", "item_name",
            "brand", "item_brand",
            "category", "item_category",
            "variant", "item_variant",
            "position", "index");

    private static final Map<String, String> EVENT_ALIASES = Map.of("taxes", "tax", "revenue", "value");

    private static final NearMiss.Names EVENT_PARAMETERS = new NearMiss.Names(Ga4Vocabulary.EVENT_PARAMETERS);
    private static final NearMiss.Names ITEM_PARAMETERS = new NearMiss.Names(Ga4Vocabulary.ITEM_PARAMETERS);

    public MisspelledParameterRule() {
        super(new RuleDescriptor(
                "param.misspelled",
                "A parameter name is nearly, but not, a standard GA4 event or item parameter",
                Severity.WARNING));
    }

    @Override
    void check(EcommerceEvent event, Consumer<Violation> report) {
        check(event.params(), EVENT_PARAMETERS, EVENT_ALIASES, event, -1, report);
        ArrayNode items = event.items();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), ITEM_PARAMETERS, ITEM_ALIASES, event, i, report);
            }
        }
    }

    /** Checks the event's parameters ({@code item} -1) or those of its item at index {@code item}. */
    private static void check(
            JsonNode object,
            NearMiss.Names standard,
            Map<String, String> aliases,
            EcommerceEvent event,
            int item,
            Consumer<Violation> report) {
        if (!object.isObject()) {
            return;
        }
        for (String name : object.propertyNames()) {
            if (Ga4Vocabulary.EVENT_PARAMETERS.contains(name) || Ga4Vocabulary.ITEM_PARAMETERS.contains(name)) {
                continue;
            }
            String meant = standard.sameLetters(name);
            if (meant == null) {
                meant = aliases.get(name.toLowerCase(Locale.ROOT));
            }
            if (meant == null) {
                meant = standard.closest(name);
            }
            if (meant != null && !object.has(meant)) {
                String where = item < 0 ? "" : "items[" + item + "].";
                report.accept(new Violation(
                        item < 0 ? event.pointer(name) : event.pointer("items", item, name),
                        where + name + " is not a GA4 parameter, so GA4 keeps it as a custom one and " + meant
                                + " stays empty; did you mean " + meant + "?"));
            }
        }
    }
}
