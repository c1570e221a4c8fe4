package dev.datalayerlint.core.spi;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One defect, fully placed: what the linter makes of a check's violation by adding the rule id, the configured
 * severity and the source location. Reporters only ever see findings.
 *
 * <p>Built with {@link #builder}: a finding gains fields as the tool learns to say more (the field's own line, a
 * fix), and a builder keeps every caller compiling. Absent facts are empty optionals, never sentinel values.
 */
public final class Finding {

    /** File, line, column, then push and rule: the order people read a report in. */
    public static final Comparator<Finding> BY_LOCATION = Comparator.comparing(
                    (Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparingInt(f -> f.pushIndex().orElse(-1))
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::ruleId);

    private final String ruleId;
    private final Severity severity;
    private final String message;
    private final String pointer;
    private final SourceLocation location;
    private final int pushIndex;
    private final String event;
    private final String schema;
    private final boolean suppressed;

    private Finding(Builder b) {
        this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
        this.severity = Objects.requireNonNull(b.severity, "severity");
        this.message = Objects.requireNonNull(b.message, "message");
        this.location = Objects.requireNonNull(b.location, "location");
        this.pointer = b.pointer;
        this.pushIndex = b.pushIndex;
        this.event = b.event;
        this.schema = b.schema;
        this.suppressed = b.suppressed;
    }

    /** A finding of {@code ruleId} at {@code location}; the rest is optional. */
    public static Builder builder(String ruleId, Severity severity, String message, SourceLocation location) {
        return new Builder(ruleId, severity, message, location);
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    /** One line a person can act on. */
    public String message() {
        return message;
    }

    /** RFC 6901 pointer into the push payload; {@code ""} for the whole push or a problem of the file itself. */
    public String pointer() {
        return pointer;
    }

    public SourceLocation location() {
        return location;
    }

    /** 0-based index of the push in its recording; empty for a problem of the file itself. */
    public OptionalInt pushIndex() {
        return pushIndex < 0 ? OptionalInt.empty() : OptionalInt.of(pushIndex);
    }

    /** The push's event name, when it has one. */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /** The schema location that failed, when a schema was involved. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** True when an inline comment in the recording suppressed it; kept so nothing disappears silently. */
    public boolean suppressed() {
        return suppressed;
    }

    /** This finding, marked as suppressed. */
    public Finding suppress() {
        return toBuilder().suppressed(true).build();
    }

    /** A builder holding every field of this finding, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(ruleId, severity, message, location)
                .pointer(pointer)
                .push(pushIndex)
                .event(event)
                .schema(schema)
                .suppressed(suppressed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f
                && ruleId.equals(f.ruleId)
                && severity == f.severity
                && message.equals(f.message)
                && pointer.equals(f.pointer)
                && location.equals(f.location)
                && pushIndex == f.pushIndex
                && Objects.equals(event, f.event)
                && Objects.equals(schema, f.schema)
                && suppressed == f.suppressed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, message, pointer, location, pushIndex, event, schema, suppressed);
    }

    @Override
    public String toString() {
        return location + " " + severity.label() + " " + message + " " + pointer + " " + ruleId
                + (suppressed ? " (suppressed)" : "");
    }

    /** Fluent construction of a {@link Finding}. */
    public static final class Builder {
        private final String ruleId;
        private final Severity severity;
        private final String message;
        private final SourceLocation location;
        private String pointer = "";
        private int pushIndex = -1;
        private String event;
        private String schema;
        private boolean suppressed;

        private Builder(String ruleId, Severity severity, String message, SourceLocation location) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.message = message;
            this.location = location;
        }

        public Builder pointer(String pointer) {
            this.pointer = pointer == null ? "" : pointer;
            return this;
        }

        /** The 0-based push index; a negative index means "the file itself". */
        public Builder push(int index) {
            this.pushIndex = Math.max(-1, index);
            return this;
        }

        /** The push's event name; null when it has none. */
        public Builder event(String event) {
            this.event = event;
            return this;
        }

        /** The failing schema location; null when no schema was involved. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder suppressed(boolean suppressed) {
            this.suppressed = suppressed;
            return this;
        }

        public Finding build() {
            return new Finding(this);
        }
    }
}
