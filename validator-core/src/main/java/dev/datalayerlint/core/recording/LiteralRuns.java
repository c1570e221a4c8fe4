package dev.datalayerlint.core.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A recording whose code and literal pushes take turns, as a page's set-up code, its pushes, a {@code gtag} call and
 * more pushes do, planned to run as one script in which each run of literal statements is replaced by a call that
 * reads it as data ({@link JsRecordingRun}): GraalJS then parses and runs only the code, with the same hoisting,
 * lines and columns as the whole script, and the pushes cost what a JSON file's do.
 *
 * <p>A run ({@link LiteralScript#runs}) is taken only where the script before it, with the runs taken so far
 * replaced, parses on its own and its last line that is not blank ends with {@code ;} or {@code }}: a program that
 * parses cannot end inside a function, block, string, template or comment, and a statement ended so is not
 * continued by a line that starts with {@code dataLayer} or {@code window}. So the run's statements are statements of
 * the script at its top level, and replacing them by one statement changes nothing but what runs them.
 *
 * @param runs the runs taken, in order
 * @param script the recording with each run's first line replaced by {@code __datalayerLintLiterals(i,token);} and
 *     its other lines by their line ends, so that everything else keeps its line and column
 * @param token a number the calls carry, so that a call the recording makes itself is told apart
 */
record LiteralRuns(List<LiteralScript.Run> runs, String script, int token) {

    /** The global the replacing calls name; a recording that names it itself is run whole. */
    static final String CALL = "__datalayerLintLiterals";

    /** At most this much code around the runs. */
    static final int MAX_CODE = 512 * 1024;

    /**
     * At most this many characters parsed to decide which runs to take: each run costs a parse of the code before it
     * (its runs taken so far replaced by calls, without their blank lines), so many runs after much code cost the
     * square of it; the runs after the budget is spent are left to run.
     */
    static final long PARSE_BUDGET = 16L * 1024 * 1024;

    LiteralRuns {
        runs = List.copyOf(runs);
    }

    /** The statements the runs hold, less the calls that replace them: charged to the statement limit ahead. */
    long countedAhead() {
        long statements = 0;
        for (LiteralScript.Run run : runs) {
            statements += run.statements();
        }
        return statements - runs.size();
    }

    /**
     * Plans a recording that is not a literal script as a whole.
     *
     * @param parses whether a text parses as a script on its own (nothing runs)
     * @return null to run the recording whole: no run, runs making up less than half of it, more code than
     *     {@link #MAX_CODE}, as many literal statements as the limit, or a script that does not parse with the runs
     *     replaced
     */
    static LiteralRuns plan(String text, long statementLimit, Predicate<String> parses) {
        if (text.contains(CALL)) {
            return null;
        }
        List<LiteralScript.Run> candidates = LiteralScript.runs(text);
        long literal = 0;
        for (LiteralScript.Run run : candidates) {
            literal += run.length();
        }
        if (candidates.isEmpty() || literal * 2 < text.length() || text.length() - literal > MAX_CODE) {
            return null;
        }
        int token = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        List<LiteralScript.Run> taken = new ArrayList<>();
        StringBuilder script = new StringBuilder(text.length() / 4);
        StringBuilder compact = new StringBuilder(); // the same without the runs' blank lines: what is parsed
        long parsed = 0;
        long takenLength = 0;
        int copied = 0;
        for (LiteralScript.Run run : candidates) {
            if (!LiteralScript.endsAStatement(text, run.offset())) {
                continue;
            }
            int before = compact.length();
            compact.append(text, copied, run.offset());
            parsed += compact.length();
            if (parsed > PARSE_BUDGET) {
                compact.setLength(before);
                break; // what is left runs: copying and parsing more would grow with the square of the script
            }
            if (!parses.test(compact.toString())) {
                compact.setLength(before);
                continue;
            }
            String call = CALL + "(" + taken.size() + "," + token + ");";
            compact.append(call).append('\n');
            script.append(text, copied, run.offset()).append(call);
            appendLineEnds(script, text, run.offset(), run.end());
            copied = run.end();
            taken.add(run);
            takenLength += run.length();
        }
        script.append(text, copied, text.length());
        LiteralRuns plan = new LiteralRuns(taken, script.toString(), token);
        if (taken.isEmpty()
                || takenLength * 2 < text.length()
                || plan.countedAhead() + taken.size() >= statementLimit
                || !parses.test(plan.script())) {
            return null;
        }
        return plan;
    }

    /** The line ends of {@code text} between {@code from} and {@code to}, as they are (LF or CRLF). */
    private static void appendLineEnds(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(c);
            }
        }
    }
}
