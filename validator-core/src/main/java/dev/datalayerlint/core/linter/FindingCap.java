package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.spi.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a report proportional to its input: of one rule's findings on one recording only the first
 * {@value #PER_RULE} are listed, and the rest become one summary finding ("and 19,900 more"). A rule that fires on
 * every key of every push (stale data left in a large model) would otherwise fill memory and bury the report.
 * Suppressed findings are capped on their own, so suppressing some never hides others. The summary counts as one
 * finding of its rule and severity, at the first finding it stands for; it is documented in {@code docs/reports.md}.
 *
 * <p>Not thread-safe; one per recording.
 */
final class FindingCap {

    /** The findings of one rule listed per recording. */
    static final int PER_RULE = 100;

    private record Key(String ruleId, boolean suppressed) {}

    private static final class Overflow {
        final Finding first;
        long count;

        Overflow(Finding first) {
            this.first = first;
        }
    }

    private final Map<Key, Integer> listed = new LinkedHashMap<>();
    private final Map<Key, Overflow> overflow = new LinkedHashMap<>();

    /** True when {@code finding} is listed; false when it is only counted, for the summary. */
    boolean admits(Finding finding) {
        Key key = new Key(finding.ruleId(), finding.suppressed());
        int count = listed.merge(key, 1, Integer::sum);
        if (count <= PER_RULE) {
            return true;
        }
        listed.put(key, PER_RULE);
        overflow.computeIfAbsent(key, k -> new Overflow(finding)).count++;
        return false;
    }

    /**
     * Counts one more unsuppressed finding of {@code ruleId} when the rule is already past its listed findings and has
     * its summary's first finding: then nothing about the finding is needed (not even where it stands), so the caller
     * need not make it. False when the finding must be made and {@linkplain #admits offered}.
     */
    boolean countedOnly(String ruleId) {
        Overflow rest = overflow.get(new Key(ruleId, false));
        if (rest == null) {
            return false;
        }
        rest.count++;
        return true;
    }

    /** One finding per rule that had more than {@value #PER_RULE}, standing for those not listed. */
    List<Finding> summaries() {
        List<Finding> summaries = new ArrayList<>();
        overflow.forEach((key, rest) -> summaries.add(Finding.builder(
                        key.ruleId(),
                        rest.first.severity(),
                        String.format(
                                "and %,d more %s finding(s) in this recording, not listed: datalayer-lint lists the first %d"
                                        + " of each rule per recording (this is the first not listed: %s)",
                                rest.count, key.ruleId(), PER_RULE, rest.first.message()),
                        rest.first.location())
                .pointer(rest.first.pointer())
                .suppressed(key.suppressed())
                .build()));
        return summaries;
    }
}
