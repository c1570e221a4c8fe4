package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.List;

/** Every rule {@code spec lint} reports, by id: the one place a {@code spec.*} id is spelled. */
public final class SpecRules {

    public static final RuleDescriptor NO_TABLE = new RuleDescriptor(
            "spec.no-table", "The page has no variable table, so it specifies no fields", Severity.INFO);
    public static final RuleDescriptor JS_SYNTAX =
            new RuleDescriptor("spec.js-syntax", "The page's code block is not valid JavaScript", Severity.ERROR);
    public static final RuleDescriptor FIELD_NOT_IN_TABLE = new RuleDescriptor(
            "spec.field-not-in-table", "The code block pushes a field the table does not define", Severity.ERROR);
    public static final RuleDescriptor FIELD_NOT_PUSHED = new RuleDescriptor(
            "spec.field-not-pushed", "The table defines a field the code block never pushes", Severity.ERROR);
    public static final RuleDescriptor WRONG_PARENT = new RuleDescriptor(
            "spec.wrong-parent", "The code block pushes a field under another parent than the table", Severity.ERROR);
    public static final RuleDescriptor CODE_MISMATCH = new RuleDescriptor(
            "spec.code-mismatch",
            "The code block (a field comment or a literal) and the table disagree about a field",
            Severity.ERROR);
    public static final RuleDescriptor PATTERN_ON_NUMBER = new RuleDescriptor(
            "spec.pattern-on-number", "A pattern is given for a number field, where it never applies", Severity.ERROR);
    public static final RuleDescriptor LENGTH_ON_NUMBER = new RuleDescriptor(
            "spec.length-on-number",
            "A minimum or maximum length is given for a field that is not a string",
            Severity.ERROR);
    public static final RuleDescriptor MINIMUM_ON_STRING = new RuleDescriptor(
            "spec.minimum-on-string",
            "A minimum, maximum or multiple is given for a field that is not a number",
            Severity.ERROR);
    public static final RuleDescriptor MIN_ABOVE_MAX = new RuleDescriptor(
            "spec.min-above-max", "A field's minimum (or minimum length) is above its maximum", Severity.ERROR);
    public static final RuleDescriptor EXAMPLE_MISMATCH = new RuleDescriptor(
            "spec.example-mismatch", "An example breaks its own row (type, pattern, length or range)", Severity.ERROR);
    public static final RuleDescriptor INVALID_PATTERN =
            new RuleDescriptor("spec.invalid-pattern", "A pattern is not a valid regular expression", Severity.ERROR);
    public static final RuleDescriptor UNKNOWN_TYPE = new RuleDescriptor(
            "spec.unknown-type", "A field's type or requirement is not one the spec format knows", Severity.ERROR);
    public static final RuleDescriptor INVALID_NUMBER = new RuleDescriptor(
            "spec.invalid-number", "A length, minimum, maximum or multiple cell is not a number", Severity.ERROR);
    public static final RuleDescriptor GA4_UNKNOWN_PARAMETER = new RuleDescriptor(
            "spec.ga4-unknown-parameter", "GA4 defines no such event-level parameter for this event", Severity.WARNING);
    public static final RuleDescriptor GA4_REQUIRED_PARAMETER = new RuleDescriptor(
            "spec.ga4-required-parameter",
            "A parameter GA4 requires for this event is missing or not marked required",
            Severity.ERROR);
    public static final RuleDescriptor GA4_NAME = new RuleDescriptor(
            "spec.ga4-name", "An event or parameter name breaks GA4's naming rules or is reserved", Severity.ERROR);
    public static final RuleDescriptor GA4_VALUE_LENGTH = new RuleDescriptor(
            "spec.ga4-value-length",
            "A maximum length above GA4's 100-character limit for parameter values",
            Severity.WARNING);
    public static final RuleDescriptor MISSING_CLEAR = new RuleDescriptor(
            "spec.missing-clear",
            "An ecommerce event is pushed without a { ecommerce: null } clear before it",
            Severity.WARNING);
    public static final RuleDescriptor BROKEN_LINK =
            new RuleDescriptor("spec.broken-link", "A link to another spec page leads nowhere", Severity.ERROR);

    public static final RuleDescriptor INVALID_EXTENSIONS = new RuleDescriptor(
            "spec.invalid-extensions",
            "The page's Schema Extensions block is not a JSON object of field names to schema keywords",
            Severity.ERROR);

    public static final RuleDescriptor UNREADABLE =
            new RuleDescriptor("spec.unreadable", "The page cannot be read as UTF-8 text", Severity.ERROR);

    public static final List<RuleDescriptor> DESCRIPTORS = List.of(
            UNREADABLE,
            NO_TABLE,
            JS_SYNTAX,
            FIELD_NOT_IN_TABLE,
            FIELD_NOT_PUSHED,
            WRONG_PARENT,
            CODE_MISMATCH,
            PATTERN_ON_NUMBER,
            LENGTH_ON_NUMBER,
            MINIMUM_ON_STRING,
            MIN_ABOVE_MAX,
            EXAMPLE_MISMATCH,
            INVALID_PATTERN,
            UNKNOWN_TYPE,
            INVALID_NUMBER,
            GA4_UNKNOWN_PARAMETER,
            GA4_REQUIRED_PARAMETER,
            GA4_NAME,
            GA4_VALUE_LENGTH,
            MISSING_CLEAR,
            BROKEN_LINK,
            INVALID_EXTENSIONS);

    private SpecRules() {}
}
