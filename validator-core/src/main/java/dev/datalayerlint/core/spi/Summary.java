package dev.datalayerlint.core.spi;

/** Counts that a CI log or a badge needs without walking the findings. Suppressed findings are not counted. */
public record Summary(int files, long pushes, int errors, int warnings, int infos, int suppressed) {

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
