package dev.datalayerlint.core.recording;

import tools.jackson.databind.JsonNode;

/**
 * Puts values read as data into the page's {@code window.dataLayer}, where a script that ran them would have left
 * them: JSON values a batch at a time through one {@code JSON.parse} in the page (a call per value into GraalJS's
 * interpreter would cost more than reading them), values JSON cannot carry ({@code undefined}, NaN, infinities) one
 * by one through {@link PageEnvironment#toJs}, in their order either way.
 */
final class PageArrayFiller {

    /** How many values go to the page in one call. */
    static final int BATCH = 512;

    private final PageEnvironment page;
    private final StringBuilder batch = new StringBuilder(1 << 16).append('[');
    private int inBatch;

    PageArrayFiller(PageEnvironment page) {
        this.page = page;
    }

    /** @param json whether {@code value} is JSON as it is */
    void add(JsonNode value, boolean json) {
        if (!json) {
            flush();
            page.appendLiteral(page.toJs(value));
            return;
        }
        batch.append(inBatch++ == 0 ? "" : ",").append(value);
        if (inBatch == BATCH) {
            flush();
        }
    }

    void flush() {
        if (inBatch > 0) {
            page.appendLiterals(batch.append(']').toString());
            batch.setLength(1);
            inBatch = 0;
        }
    }
}
