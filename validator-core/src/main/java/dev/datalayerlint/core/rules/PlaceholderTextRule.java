package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;

/**
 * A placeholder or leftover in a field that is neither an identifier nor an amount ({@code item_brand: "undefined"},
 * {@code coupon: "{{Coupon}}"}): the report shows the placeholder as a value, but revenue is not affected, so it is a
 * warning. Identifiers and amounts are {@link PlaceholderValueRule}.
 */
public final class PlaceholderTextRule extends DescribedRule {

    public PlaceholderTextRule() {
        super(new RuleDescriptor(
                "value.placeholder-text",
                "A text field is an unfilled GTM variable or a JavaScript leftover",
                Severity.WARNING));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> Placeholders.report(context, false, report);
    }
}
