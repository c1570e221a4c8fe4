package dev.datalayerlint.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One recording the run read, with its pushes: what a report needs to list the pushes that passed (JUnit's test
 * cases), since {@link Report#findings()} only names pushes with a problem.
 *
 * @param file the file name as findings carry it
 * @param pushes pushes read from it (0 for a file that could not be parsed at all)
 * @param events each push's event name by push index (null for a push without one); may be empty when not known,
 *     never longer than {@code pushes}
 */
public record FileSummary(String file, long pushes, List<String> events) {

    public FileSummary {
        events = events == null || events.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(events));
    }

    public FileSummary(String file, long pushes) {
        this(file, pushes, List.of());
    }

    /** The event name of push {@code index}, or null when it has none or it is not known. */
    public String event(long index) {
        return index >= 0 && index < events.size() ? events.get((int) index) : null;
    }
}
