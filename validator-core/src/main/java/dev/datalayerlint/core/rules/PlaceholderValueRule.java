package dev.datalayerlint.core.rules;

import dev.datalayerlint.core.spi.RecordingCheck;
import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;

/**
 * A placeholder or leftover ({@code "{{Transaction ID}}"}, {@code "undefined"}, {@code "[object Object]"},
 * {@code "<value>"}) in an identifier or an amount: {@code transaction_id}, {@code item_id}, {@code item_name},
 * {@code currency}, {@code value}, {@code price} and the like. These corrupt revenue and deduplication, so it is an
 * error; the same in any other field is {@link PlaceholderTextRule}.
 */
public final class PlaceholderValueRule extends DescribedRule {

    public PlaceholderValueRule() {
        super(new RuleDescriptor(
                "value.placeholder",
                "An identifier or amount is an unfilled GTM variable or a JavaScript leftover",
                Severity.ERROR));
    }

    @Override
    public RecordingCheck start() {
        return (context, report) -> Placeholders.report(context, true, report);
    }
}
