package dev.datalayerlint.core.linter;

/**
 * One short line about an exception or error the linter caught, for an {@code input.internal} finding: its kind and
 * the start of its message, never a stack trace (a report is read by people and turned into PR annotations).
 */
final class Failures {

    private static final int MAX_MESSAGE = 160;

    private Failures() {}

    static String describe(Throwable e) {
        String kind = switch (e) {
            case StackOverflowError overflow -> "too deeply nested to process";
            case OutOfMemoryError memory -> "out of memory";
            default -> e.getClass().getSimpleName();
        };
        String message = e instanceof VirtualMachineError ? null : e.getMessage();
        if (message == null || message.isBlank()) {
            return kind;
        }
        String line = message.lines().findFirst().orElse("").strip();
        return kind + ": " + (line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line);
    }
}
