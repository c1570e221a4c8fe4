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
    OTHER
}
