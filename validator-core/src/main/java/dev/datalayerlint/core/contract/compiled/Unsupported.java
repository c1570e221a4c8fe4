package dev.datalayerlint.core.contract.compiled;

/** Thrown while compiling when a schema uses something the compiler does not handle: networknt checks it instead. */
final class Unsupported extends RuntimeException {

    Unsupported(String what) {
        super(what, null, false, false);
    }
}
