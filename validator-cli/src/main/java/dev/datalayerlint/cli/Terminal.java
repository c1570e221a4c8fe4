package dev.datalayerlint.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * What the command line knows about the terminal it runs in: whether standard output is one and whether colours are
 * wanted there. Reporters never decide colours themselves.
 */
final class Terminal {

    private Terminal() {}

    /**
     * Colours for the text report on standard output: only when it is a terminal and the {@code NO_COLOR}
     * environment variable (https://no-color.org) is unset or empty.
     */
    static boolean colorWanted(boolean stdoutIsTerminal, String noColor) {
        return colorWanted(stdoutIsTerminal, noColor, null);
    }

    /**
     * As {@link #colorWanted(boolean, String)}, and {@code FORCE_COLOR} (https://force-color.org) set to anything but
     * empty, {@code 0} or {@code false} turns colours on where standard output is not a terminal (a CI log that
     * renders them). {@code NO_COLOR} wins over it: it is the user's own choice. {@code --color} and
     * {@code --no-color} win over both.
     */
    static boolean colorWanted(boolean stdoutIsTerminal, String noColor, String forceColor) {
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        boolean forced = forceColor != null
                && !forceColor.isEmpty()
                && !"0".equals(forceColor)
                && !"false".equalsIgnoreCase(forceColor);
        return forced || stdoutIsTerminal;
    }

    /**
     * True when standard output is the console: {@link System#console()} exists and, on Java 22 and later (where a
     * console may exist with output redirected), {@code Console.isTerminal()} says so.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only when standard input and output are the terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
