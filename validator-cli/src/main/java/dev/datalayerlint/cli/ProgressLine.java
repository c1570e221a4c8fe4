package dev.datalayerlint.cli;

import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.ProgressListener;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One progress line on standard error, rewritten in place ({@code \r}) while a long run goes on:
 * {@code 12/40 files, 35,120 pushes, 8,400 pushes/s  checkout/step-3.json}. Quiet for a run that ends quickly (under
 * a second, or a fifth of one with many files), and erased before the report is written.
 */
final class ProgressLine implements ProgressListener {

    static final long SHOW_AFTER = 1_000_000_000L;
    static final long SHOW_AFTER_MANY_FILES = 200_000_000L;
    static final int MANY_FILES = 5;
    static final long REDRAW_EVERY = 100_000_000L;
    static final int WIDTH = 79;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final long start;
    private int total = -1;
    private int done;
    private long pushes;
    private String current = "";
    private boolean shown;
    private long drawnAt;
    private int drawnWidth;

    ProgressLine(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /**
     * True when standard error is most likely a terminal a person watches: there is a console (JDK 22+ also says
     * whether it is a terminal) and the terminal is not a dumb one.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void runStarted(int files) {
        total = files;
    }

    @Override
    public void fileStarted(String name) {
        current = name;
        maybeDraw();
    }

    @Override
    public void fileDone(String name, long pushes) {
        done++;
        this.pushes = pushes;
        maybeDraw();
    }

    @Override
    public void pushDone(long pushes) {
        this.pushes = pushes;
        if ((pushes & 0xFF) == 0) {
            maybeDraw();
        }
    }

    /** Erases the line, if one was drawn; call before anything else is written. */
    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }

    boolean shown() {
        return shown;
    }

    private void maybeDraw() {
        long now = nanos.getAsLong();
        long elapsed = now - start;
        if (!shown && elapsed < (total >= MANY_FILES ? SHOW_AFTER_MANY_FILES : SHOW_AFTER)) {
            return;
        }
        if (shown && now - drawnAt < REDRAW_EVERY) {
            return;
        }
        String line = render(elapsed);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        shown = true;
        drawnAt = now;
        drawnWidth = line.length();
    }

    String render(long elapsedNanos) {
        long rate = elapsedNanos <= 0 ? 0 : Math.round(pushes * 1e9 / elapsedNanos);
        String counts = String.format(
                Locale.ROOT,
                "%s files, %,d %s, %,d pushes/s",
                total >= 0 ? done + "/" + total : Integer.toString(done),
                pushes,
                pushes == 1 ? "push" : "pushes",
                rate);
        int room = WIDTH - counts.length() - 2;
        String file = PrintableText.escape(current);
        if (room < 8) {
            return counts;
        }
        if (file.length() > room) {
            file = "…" + file.substring(file.length() - room + 1);
        }
        return counts + "  " + file;
    }
}
