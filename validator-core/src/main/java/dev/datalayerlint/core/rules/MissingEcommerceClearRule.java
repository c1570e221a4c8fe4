package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Violation;
import dev.datalayerlint.core.values.JsSemantics;
import tools.jackson.databind.JsonNode;

/**
 * An ecommerce push made while the data model still holds ecommerce data: {@code dataLayer.push({ecommerce: null})}
 * was not pushed since. GTM merges the new {@code ecommerce} into the old one, so keys and items of the earlier event
 * ride along with this one. The first ecommerce push needs no clear when nothing put ecommerce in the model before; a
 * push carrying a truthy top-level {@code _clear} replaces instead of merging and needs none either.
 */
public final class MissingEcommerceClearRule extends DescribedRule {

    public MissingEcommerceClearRule() {
        super(new RuleDescriptor(
                "ecommerce.missing-clear",
                "An ecommerce push is not preceded by {ecommerce: null}, so GTM merges it into earlier ecommerce data",
                Severity.WARNING));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> {
            EcommerceHistory history = EcommerceHistory.of(context);
            EcommerceEvent event = EcommerceEvent.of(context.push());
            if (event == null || !event.isObjectPush()) {
                return;
            }
            JsonNode before = history.before();
            if (before == null || !before.isObject() || before.isEmpty()) {
                return;
            }
            if (JsSemantics.isTruthy(context.push().payload().get("_clear"))) {
                return;
            }
            EcommerceHistory.Writer writer = history.lastWriterBefore();
            String leftBy = writer != null ? " left by " + writer.describe() : "";
            report.accept(new Violation(
                    event.pointer(),
                    event.name() + " is pushed without a dataLayer.push({ecommerce: null}) before it: GTM merges its"
                            + " ecommerce into the ecommerce" + leftBy + " still in the data model"));
        };
    }
}
