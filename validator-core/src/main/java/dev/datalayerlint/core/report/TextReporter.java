package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.Severity;
import dev.datalayerlint.core.spi.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The human report, grouped by file like ESLint's "stylish": {@code line:column severity message pointer rule},
 * then one summary line with the counts and the fail level. Everything that comes from an input (file names, messages,
 * pointers) is printed through {@link PrintableText#escape}: no raw newline, {@code ESC} or other control character
 * reaches a terminal or a CI log, and no line starts with {@code ::}.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        boolean color = context.color();
        Map<String, List<Finding>> byFile = report.findings().stream()
                .filter(f -> !f.suppressed())
                .collect(Collectors.groupingBy(f -> f.location().file(), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.write(paint(color, BOLD, heading(file.getKey())) + "\n");
            int place = file.getValue().stream()
                    .mapToInt(f -> place(f).length())
                    .max()
                    .orElse(0);
            for (Finding f : file.getValue()) {
                String severity = String.format("%-7s", f.severity().label());
                out.write("  " + paint(color, DIM, pad(place(f), place)) + "  "
                        + paint(color, colorOf(f.severity()), severity) + "  " + PrintableText.escape(f.message())
                        + (f.pointer().isEmpty() ? "" : "  " + paint(color, DIM, PrintableText.escape(f.pointer())))
                        + "  " + paint(color, DIM, PrintableText.escape(f.ruleId())) + "\n");
            }
            out.write("\n");
        }
        out.write(summaryLine(report.summary(), context, color) + "\n");
    }

    /**
     * A file's heading line: its name escaped, and never starting with {@code ::} (GitHub would read such a line of a
     * CI log as a workflow command), so a name like {@code ::error file=x::y.json} prints as {@code ./::error...}.
     */
    static String heading(String file) {
        String name = PrintableText.escape(file);
        return name.stripLeading().startsWith("::") ? "./" + name : name;
    }

    private static String summaryLine(Summary s, ReportContext context, boolean color) {
        int problems = s.errors() + s.warnings() + s.infos();
        String counts = problems + (problems == 1 ? " problem" : " problems") + " (" + plural(s.errors(), "error")
                + ", " + plural(s.warnings(), "warning") + ", " + plural(s.infos(), "info") + ") in "
                + plural(s.files(), "file") + ", " + plural((int) Math.min(Integer.MAX_VALUE, s.pushes()), "push");
        if (s.suppressed() > 0) {
            counts += ", " + s.suppressed() + " suppressed";
        }
        Severity failOn = context.failOn();
        String level = failOn == null ? "fail level: never" : "fail level: " + failOn.label();
        boolean fails = failOn != null
                && s.errors()
                                + (failOn.atLeast(Severity.WARNING) ? 0 : s.warnings())
                                + (failOn == Severity.INFO ? s.infos() : 0)
                        > 0;
        String mark = problems == 0 ? "✔ " : fails ? "✖ " : "⚠ ";
        String code = problems == 0 ? "\u001b[32m" : fails ? RED : YELLOW;
        return paint(color, code, mark + counts) + "; " + level;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("sh") ? "es" : "s");
    }

    private static String place(Finding f) {
        return f.location().line() > 0
                ? f.location().line() + ":" + f.location().column()
                : "-";
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private static String paint(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }
}
