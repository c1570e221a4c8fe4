package dev.datalayerlint.core.spi;

/** Counts that a CI log or a badge needs without walking the findings. Suppressed findings are not counted. */
public record Summary(int files, long pushes, int errors, int warnings, int infos, int suppressed) {

    /** Counts {@code findings} by severity; suppressed ones are counted apart. */
    public static Summary of(int files, long pushes, java.util.List<Finding> findings) {
        int[] counts = new int[Severity.values().length];
        int suppressed = 0;
        for (Finding finding : findings) {
            if (finding.suppressed()) {
                suppressed++;
            } else {
                counts[finding.severity().ordinal()]++;
            }
        }
        return new Summary(files, pushes, counts[0], counts[1], counts[2], suppressed);
    }

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
