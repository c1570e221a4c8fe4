package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * An item of a GA4 ecommerce event with more than 27 custom (item-scoped) parameters. GA4's "Create item-scoped
 * custom parameters" (developers.google.com/analytics/devguides/collection/ga4/item-scoped-ecommerce): "In addition
 * to these parameters, you can include up to 27 custom parameters in the items array." A custom parameter is any key
 * outside GA4's item table ({@link Ga4Vocabulary#ITEM_PARAMETERS}); JSON Schema cannot count those, hence a rule.
 */
public final class TooManyCustomItemParametersRule extends Ga4EventRule {

    /** GA4's limit of custom parameters per item. */
    static final int LIMIT = 27;

    public TooManyCustomItemParametersRule() {
        super(new RuleDescriptor(
                "ecommerce.item-custom-parameters",
                "An item carries more than the 27 custom parameters GA4 accepts",
                Severity.ERROR));
    }

    @Override
    void check(EcommerceEvent event, Consumer<Violation> report) {
        ArrayNode items = event.items();
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject() || item.size() <= LIMIT) {
                continue; // no more custom parameters than members
            }
            List<String> custom = new ArrayList<>();
            item.propertyNames().forEach(name -> {
                if (!Ga4Vocabulary.ITEM_PARAMETERS.contains(name)) {
                    custom.add(name);
                }
            });
            if (custom.size() > LIMIT) {
                report.accept(new Violation(
                        event.pointer("items", i),
                        "items[" + i + "] has " + custom.size() + " custom parameters (" + custom.get(0) + ", "
                                + custom.get(1) + ", …); GA4 accepts at most " + LIMIT
                                + " custom parameters in an item besides its standard ones"));
            }
        }
    }
}
