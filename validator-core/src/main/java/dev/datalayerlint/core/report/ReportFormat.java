package dev.datalayerlint.core.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats, with the file name each gets when several are written to a folder. */
public enum ReportFormat {
    TEXT("report.txt", TextReporter::new),
    JSON("report.json", JsonReporter::new),
    JUNIT("report.junit.xml", JunitReporter::new),
    SARIF("report.sarif", SarifReporter::new),
    GITHUB("report.github.txt", GithubReporter::new),
    CHECKSTYLE("report.checkstyle.xml", CheckstyleReporter::new),
    GITLAB("report.gitlab.json", GitlabReporter::new),
    HTML("report.html", HtmlReporter::new);

    private final String fileName;
    private final Supplier<Reporter> reporter;

    ReportFormat(String fileName, Supplier<Reporter> reporter) {
        this.fileName = fileName;
        this.reporter = reporter;
    }

    public String fileName() {
        return fileName;
    }

    public Reporter reporter() {
        return reporter.get();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
