package dev.datalayerlint.core.spi;

/** The shapes a page pushes into {@code window.dataLayer}, which GTM treats differently. */
public enum PushKind {
    /** A plain object: {@code dataLayer.push({event: "refund", ...})}. */
    OBJECT,
    /** The arguments object of a {@code gtag(...)} call: {@code ["event", "refund", {...}]}. */
    GTAG,
    /** A command array such as {@code ["ecommerce.items.push", {...}]}. */
    COMMAND,
    /** A function, run by GTM with {@code this} bound to the data model. */
    FUNCTION,
    /** Anything else (a string, a number): GTM ignores it. */
    OTHER,
    /**
     * Not a push: a GA4 hit the page sent ({@code /g/collect}, {@code /mp/collect}), from a capture envelope or a
     * HAR file, decoded into the event it carries ({@code {event, ecommerce: {...}}}). It sits among the pushes in
     * the order the page sent it, is checked against its event's contract, and never touches GTM's data model.
     */
    GA4_HIT
}
