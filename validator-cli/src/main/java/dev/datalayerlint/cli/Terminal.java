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
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
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
