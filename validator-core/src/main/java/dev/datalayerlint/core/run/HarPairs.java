package dev.datalayerlint.core.run;

import dev.datalayerlint.core.recording.FileSource;
import dev.datalayerlint.core.spi.RecordingFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which HAR file goes with which recording of pushes. A HAR holds what the browser sent to GA4 but not the pushes
 * that led to it; saved next to a recording of the same journey with the same name ({@code checkout.har} beside
 * {@code checkout.ndjson}, {@code checkout.json} or {@code checkout.js}), the two are linted as one recording so each
 * hit is compared with its push. A HAR without such a partner is linted alone, against the GA4 contracts.
 */
final class HarPairs {

    private final Map<InputExpander.Item, InputExpander.Item> harFor = new HashMap<>();
    private final Map<InputExpander.Item, InputExpander.Item> pushesFor = new HashMap<>();

    HarPairs(List<InputExpander.Item> items) {
        Map<Path, InputExpander.Item> hars = new HashMap<>();
        for (InputExpander.Item item : items) {
            if (item.format() == RecordingFormat.HAR && item.source() instanceof FileSource file) {
                hars.put(stem(file.path()), item);
            }
        }
        for (InputExpander.Item item : items) {
            if (item.format() != RecordingFormat.HAR && item.source() instanceof FileSource file) {
                InputExpander.Item har = hars.remove(stem(file.path()));
                if (har != null) {
                    harFor.put(item, har);
                    pushesFor.put(har, item);
                }
            }
        }
    }

    /** The HAR to lint with this recording of pushes, or null. */
    InputExpander.Item harFor(InputExpander.Item pushes) {
        return harFor.get(pushes);
    }

    /** Whether this HAR is linted with its recording of pushes rather than alone. */
    boolean isPaired(InputExpander.Item har) {
        return pushesFor.containsKey(har);
    }

    private static Path stem(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return absolute.resolveSibling(dot < 0 ? name : name.substring(0, dot));
    }
}
