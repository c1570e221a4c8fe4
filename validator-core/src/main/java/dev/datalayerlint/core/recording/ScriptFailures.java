package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.JsLimits;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/**
 * Turns what stopped a recording's script into an {@link InputProblem}: a syntax error ({@code input.syntax}), an
 * uncaught exception ({@code input.runtime}), an attempt to reach the host that the sandbox refused
 * ({@code input.sandbox}), or a tripped limit ({@code input.timeout}, {@code input.limit}, including running out of memory). Messages are one line and
 * carry no stack trace; the location is the innermost place in the recording.
 */
final class ScriptFailures {

    /** Globals a page or a Node/GraalJS script might use to reach files, network, processes or Java. */
    private static final String HOST_NAMES = "Java|Packages|java|javax|Polyglot|Graal|load|loadWithNewGlobal|print"
            + "|printErr|quit|exit|require|module|exports|process|importScripts|fetch|XMLHttpRequest|WebSocket"
            + "|EventSource|Worker|SharedWorker|sendBeacon|Deno|Bun";

    private static final Pattern UNDEFINED_HOST_NAME =
            Pattern.compile("^ReferenceError: (" + HOST_NAMES + ") is not defined$");
    private static final Pattern MISSING_HOST_FUNCTION = Pattern.compile("^TypeError: (?:(?:globalThis|window|self"
            + "|this|\\(intermediate value\\))\\.)?(" + HOST_NAMES + ") is not a (?:function|constructor)$");
    private static final Pattern HOST_CLASS =
            Pattern.compile("^TypeError: Access to host class (\\S+) is not allowed.*");
    private static final Pattern SYNTAX_PREFIX = Pattern.compile("^(?:SyntaxError: )?.*?:\\d+:\\d+ ");
    private static final int MAX_MESSAGE = 300;
    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (PrintableText.EXCERPT + 1) + ",}");
    private static final String RAISE_TIME =
            " (if the recording is genuine, raise the limit with --js-timeout or jsTimeout)";

    private final String file;
    private final List<Source> recording = new ArrayList<>();
    private final JsLimits limits;

    ScriptFailures(String file, Source recording, JsLimits limits) {
        this.file = file;
        this.recording.add(recording);
        this.limits = limits;
    }

    /** Counts {@code part}, a script made of part of the recording at its own lines and columns, as the recording. */
    void alsoLocate(Source part) {
        recording.add(part);
    }

    /**
     * @param thrown how the guest's exception reads, or null when it cannot be asked (dead context, syntax error)
     * @param timedOut the watchdog stopped the script
     */
    InputProblem classify(PolyglotException e, String thrown, boolean timedOut, SourceLocation lastPush) {
        SourceLocation where = locate(e);
        if (timedOut && (e.isCancelled() || e.isInterrupted())) {
            return timeout(where);
        }
        if (e.isResourceExhausted() && !e.isCancelled()) {
            return outOfMemory(where, lastPush);
        }
        if (e.isResourceExhausted()) {
            return new InputProblem(
                    InputRules.LIMIT,
                    "script ran past the statement limit of " + limits.statementLimit()
                            + " statements and was stopped there (an endless loop? if the recording is genuine, raise"
                            + " the limit with --js-statement-limit or jsStatementLimit)",
                    where);
        }
        if (e.isSyntaxError()) {
            String first = firstLine(e.getMessage());
            return new InputProblem(
                    InputRules.SYNTAX,
                    "syntax error: " + SYNTAX_PREFIX.matcher(first).replaceFirst(""),
                    where);
        }
        if (e.isCancelled() || e.isInterrupted() || e.isExit()) {
            return new InputProblem(InputRules.RUNTIME, "script was stopped: " + firstLine(e.getMessage()), where);
        }
        String message = thrown != null ? oneLine(thrown) : firstLine(e.getMessage());
        InputProblem sandbox = sandbox(message, where);
        if (sandbox != null) {
            return sandbox;
        }
        if (e.isInternalError()) {
            return new InputProblem(InputRules.RUNTIME, "the JavaScript engine failed: " + message, where);
        }
        return new InputProblem(InputRules.RUNTIME, "script threw " + message, where);
    }

    /** The page ran {@code tasks} timer callbacks and load listeners after its script, the most it may. */
    InputProblem tooManyTasks(int tasks) {
        return new InputProblem(
                InputRules.LIMIT,
                "the page ran " + tasks + " timer callbacks and load listeners after its script and was stopped there"
                        + " (a timer that sets itself again?); the pushes before it were checked",
                SourceLocation.of(file));
    }

    InputProblem timeout(SourceLocation where) {
        return new InputProblem(
                InputRules.TIMEOUT,
                "script used more than " + limits.cpuTimeText() + " of CPU time and was stopped there" + RAISE_TIME,
                where);
    }

    /** The script went past its time in one built-in call that ignores stopping, and was left behind. */
    InputProblem abandoned() {
        return new InputProblem(
                InputRules.TIMEOUT,
                "script used more than " + limits.cpuTimeText() + " of CPU time in a built-in call that cannot be"
                        + " interrupted (BigInt arithmetic, a huge repeat or join?) and was abandoned" + RAISE_TIME,
                SourceLocation.of(file));
    }

    /**
     * The script ran out of memory. The engine rarely knows where; then the problem is placed at the last push the
     * script made, which is where the pushes that were checked end.
     */
    InputProblem outOfMemory(SourceLocation where, SourceLocation lastPush) {
        boolean located = where.line() > 0;
        String after = !located && lastPush != null ? " after its push at line " + lastPush.line() : "";
        return new InputProblem(
                InputRules.LIMIT,
                "script ran out of memory" + after + " and was stopped; the pushes before it were checked",
                located || lastPush == null ? where : lastPush);
    }

    private InputProblem sandbox(String message, SourceLocation where) {
        Matcher m = UNDEFINED_HOST_NAME.matcher(message);
        if (!m.matches()) {
            m = MISSING_HOST_FUNCTION.matcher(message);
        }
        if (m.matches()) {
            return new InputProblem(
                    InputRules.SANDBOX,
                    "script tried to use " + m.group(1)
                            + ", which the sandbox does not provide (no host, file, network or process access): "
                            + message,
                    where);
        }
        m = HOST_CLASS.matcher(message);
        if (m.matches()) {
            return new InputProblem(
                    InputRules.SANDBOX,
                    "script tried to reach the host class " + m.group(1) + ", which the sandbox" + " does not allow",
                    where);
        }
        return null;
    }

    /** The innermost place in the recording the exception passed through. */
    SourceLocation locate(PolyglotException e) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceLocation location = inRecording(frame.getSourceLocation());
            if (location != null) {
                return location;
            }
        }
        SourceLocation location = inRecording(e.getSourceLocation());
        return location != null ? location : SourceLocation.of(file);
    }

    private SourceLocation inRecording(SourceSection section) {
        if (section == null || !section.isAvailable() || !recording.contains(section.getSource())) {
            return null;
        }
        return new SourceLocation(file, section.getStartLine(), section.getStartColumn());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return oneLine(newline < 0 ? message : message.substring(0, newline));
    }

    /**
     * The message on one line, escaped, with every word longer than {@link PrintableText#EXCERPT} characters cut to an
     * excerpt: an exception's message may quote the script (a name that is not defined, the token a syntax error
     * found), and the script may be a file that is not a recording at all.
     */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        line = LONG_WORD.matcher(line).replaceAll(m -> Matcher.quoteReplacement(PrintableText.excerpt(m.group())));
        return PrintableText.escape(line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line);
    }
}
