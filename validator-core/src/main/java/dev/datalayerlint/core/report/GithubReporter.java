package dev.datalayerlint.core.report;

import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.spi.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one annotation line per finding, which GitHub shows on the pull request's diff
 * and in the run summary:
 *
 * <pre>{@code ::error file=F,line=L,col=C,title=RULE::message}</pre>
 *
 * <p>{@code ::warning} and {@code ::notice} stand for warnings and infos. {@code line} and {@code col} are left out
 * when unknown (a problem of the whole file). Suppressed findings are not annotated. Values are escaped as GitHub's
 * runner expects: in the message {@code %}, CR and LF become {@code %25}, {@code %0D} and {@code %0A}; in properties
 * also {@code :} and {@code ,} become {@code %3A} and {@code %2C}. Other control characters and lone surrogates are
 * escaped visibly ({@link PrintableText}), so nothing in a finding can recolour or rewrite the log. GitHub shows only a limited number of annotations
 * per step; the log keeps every line, and SARIF upload has no such limit.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, ReportContext context, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            if (finding.suppressed()) {
                continue;
            }
            StringBuilder line =
                    new StringBuilder("::").append(command(finding)).append(" file=");
            line.append(property(finding.location().file().replace('\\', '/')));
            if (finding.location().line() > 0) {
                line.append(",line=").append(finding.location().line());
                if (finding.location().column() > 0) {
                    line.append(",col=").append(finding.location().column());
                }
            }
            line.append(",title=").append(property(finding.ruleId()));
            line.append("::").append(data(finding.message()));
            out.write(line.append('\n').toString());
        }
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message ("data"). */
    static String data(String text) {
        return PrintableText.escapeKeepingLines(text)
                .replace("\t", "\\t")
                .replace("%", "%25")
                .replace("\r", "%0D")
                .replace("\n", "%0A");
    }

    /** Escapes a command property's value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
