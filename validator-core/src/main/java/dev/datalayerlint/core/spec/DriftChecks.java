package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spec.CodeValue.ArrayLiteral;
import dev.datalayerlint.core.spec.CodeValue.BooleanLiteral;
import dev.datalayerlint.core.spec.CodeValue.CodeProperty;
import dev.datalayerlint.core.spec.CodeValue.NumberLiteral;
import dev.datalayerlint.core.spec.CodeValue.ObjectLiteral;
import dev.datalayerlint.core.spec.CodeValue.StringLiteral;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a page's table with its own code block: fields pushed but not defined, defined but never pushed, pushed
 * under another parent, and field comments or literals that contradict the row. {@code ecommerce} is a container, not
 * a field; arrays of objects are compared element by element, against the linked page's table for
 * {@code array of [items](/schemas/item.md)}.
 */
final class DriftChecks {

    private static final Set<String> STRUCTURE = Set.of("event", "ecommerce");

    private final SpecFindings findings;
    private final Function<String, SpecPage> linkedPage;

    /** @param linkedPage the page a type link leads to, or null when it leads nowhere */
    DriftChecks(SpecFindings findings, Function<String, SpecPage> linkedPage) {
        this.findings = findings;
        this.linkedPage = linkedPage;
    }

    void check(SpecPage page, CodeValue.CodePush push) {
        Map<String, FieldFacts> rows = facts(page, push);
        Set<String> pushed = new HashSet<>();
        ObjectLiteral payload = push.payload();
        walk(payload, "", rows, pushed, true);
        for (Map.Entry<String, FieldFacts> row : rows.entrySet()) {
            String field = row.getKey();
            FieldFacts facts = row.getValue();
            boolean isPushed = pushed.contains(field) || pushed.stream().anyMatch(p -> p.startsWith(field + "."));
            if (!isPushed && !STRUCTURE.contains(field)) {
                findings.report(
                        SpecRules.FIELD_NOT_PUSHED,
                        field + " is in the table but the code block never pushes it",
                        field,
                        facts.line(),
                        facts.column());
            }
        }
    }

    /** The facts of every row, merged with the comment of the pushed property of the same path. */
    static Map<String, FieldFacts> facts(SpecPage page, CodeValue.CodePush push) {
        Map<String, FieldComment> comments = new LinkedHashMap<>();
        if (push != null) {
            collectComments(push.payload(), "", comments);
        }
        Map<String, FieldFacts> facts = new LinkedHashMap<>();
        for (SpecRow row : page.rows()) {
            String field = normalize(row.field());
            facts.putIfAbsent(field, FieldFacts.of(row, comments.get(field)));
        }
        return facts;
    }

    private static void collectComments(ObjectLiteral object, String prefix, Map<String, FieldComment> comments) {
        for (CodeProperty property : object.properties()) {
            if (prefix.isEmpty()
                    && property.key().equals("ecommerce")
                    && property.value() instanceof ObjectLiteral ecommerce) {
                collectComments(ecommerce, "", comments);
                continue;
            }
            String path = path(prefix, property.key());
            if (property.comment() != null) {
                comments.putIfAbsent(path, property.comment());
            }
            if (property.value() instanceof ObjectLiteral nested) {
                collectComments(nested, path, comments);
            }
        }
    }

    private void walk(
            ObjectLiteral object, String prefix, Map<String, FieldFacts> rows, Set<String> pushed, boolean top) {
        for (CodeProperty property : object.properties()) {
            String key = property.key();
            if (top && key.equals("event")) {
                continue;
            }
            if (top && key.equals("ecommerce") && property.value() instanceof ObjectLiteral ecommerce) {
                walk(ecommerce, prefix, rows, pushed, false);
                continue;
            }
            String path = path(prefix, key);
            pushed.add(path);
            FieldFacts facts = rows.get(path);
            boolean container = rows.keySet().stream().anyMatch(r -> r.startsWith(path + "."));
            if (facts == null && !container) {
                reportUndefined(property, path, rows);
                continue;
            }
            if (facts != null) {
                compare(property, facts);
            }
            descend(property, path, facts, rows, pushed, container);
        }
    }

    private void descend(
            CodeProperty property,
            String path,
            FieldFacts facts,
            Map<String, FieldFacts> rows,
            Set<String> pushed,
            boolean container) {
        ObjectLiteral element = property.value() instanceof ObjectLiteral o
                ? o
                : property.value() instanceof ArrayLiteral a
                                && !a.elements().isEmpty()
                                && a.elements().get(0) instanceof ObjectLiteral first
                        ? first
                        : null;
        if (element == null) {
            return;
        }
        if (facts != null && facts.typeLink() != null) {
            SpecPage linked = linkedPage.apply(facts.typeLink());
            if (linked != null && linked.hasTable()) {
                Map<String, FieldFacts> linkedRows = new LinkedHashMap<>();
                for (SpecRow row : linked.rows()) {
                    linkedRows.putIfAbsent(normalize(row.field()), FieldFacts.of(row, null));
                }
                for (CodeProperty nested : element.properties()) {
                    FieldFacts nestedFacts = linkedRows.get(nested.key());
                    FieldFacts outer = rows.get(nested.key());
                    if (nestedFacts == null && outer != null) {
                        findings.report(
                                SpecRules.WRONG_PARENT,
                                path + "." + nested.key() + " is pushed in each element of " + path + " but the table"
                                        + " defines " + nested.key() + " at the event level (line " + outer.line()
                                        + ")",
                                path + (element == property.value() ? "." : ".0.") + nested.key(),
                                nested.line(),
                                nested.column());
                    } else if (nestedFacts == null) {
                        findings.report(
                                SpecRules.FIELD_NOT_IN_TABLE,
                                path + "." + nested.key() + " is pushed but " + facts.typeLink() + " does not define "
                                        + nested.key(),
                                path + (element == property.value() ? "." : ".0.") + nested.key(),
                                nested.line(),
                                nested.column());
                    } else {
                        compare(nested, nestedFacts);
                    }
                }
            }
            return;
        }
        if (container) {
            walk(element, path, rows, pushed, false);
        }
    }

    private void reportUndefined(CodeProperty property, String path, Map<String, FieldFacts> rows) {
        String leaf = property.key();
        FieldFacts elsewhere = rows.values().stream()
                .filter(f -> !f.field().equals(path) && leaf(f.field()).equals(leaf))
                .findFirst()
                .orElse(null);
        FieldFacts linkedParent = elsewhere != null ? null : linkedParent(leaf, rows);
        if (linkedParent != null) {
            findings.report(
                    SpecRules.WRONG_PARENT,
                    path + " is pushed here but " + linkedParent.typeLink() + " defines it for each element of "
                            + linkedParent.field() + " (line " + linkedParent.line() + ")",
                    path,
                    property.line(),
                    property.column());
        } else if (elsewhere != null) {
            findings.report(
                    SpecRules.WRONG_PARENT,
                    path + " is pushed here but the table defines it as " + elsewhere.field() + " (line "
                            + elsewhere.line() + ")",
                    path,
                    property.line(),
                    property.column());
        } else {
            findings.report(
                    SpecRules.FIELD_NOT_IN_TABLE,
                    path + " is pushed but the table does not define it",
                    path,
                    property.line(),
                    property.column());
        }
    }

    /** The row whose linked page ({@code array of [items](/schemas/item.md)}) defines {@code leaf}, or null. */
    private FieldFacts linkedParent(String leaf, Map<String, FieldFacts> rows) {
        for (FieldFacts row : rows.values()) {
            if (row.typeLink() == null) {
                continue;
            }
            SpecPage linked = linkedPage.apply(row.typeLink());
            if (linked != null && linked.row(leaf).isPresent()) {
                return row;
            }
        }
        return null;
    }

    /** Field comment and literal against the row. */
    private void compare(CodeProperty property, FieldFacts facts) {
        String field = facts.field();
        String literalType = literalType(property.value());
        String type = facts.typeName();
        if (literalType != null && type != null && FieldFacts.TYPES.contains(type) && !fits(literalType, type)) {
            findings.report(
                    SpecRules.CODE_MISMATCH,
                    field + " is pushed as a " + literalType + " literal but the table says " + type,
                    field,
                    property.line(),
                    property.column());
        }
        FieldComment comment = property.comment();
        if (comment == null) {
            return;
        }
        differ(field, "type", comment.type(), type, comment);
        differ(field, "requirement", comment.requirement(), requirement(facts), comment);
        differ(
                field,
                "pattern",
                comment.pattern(),
                facts.pattern() == null ? null : facts.pattern().value(),
                comment);
        if (!comment.examples().isEmpty()
                && !facts.examples().isEmpty()
                && !Set.copyOf(comment.examples()).equals(Set.copyOf(facts.examples()))) {
            findings.report(
                    SpecRules.CODE_MISMATCH,
                    field + ": the comment's examples " + comment.examples() + " differ from the table's "
                            + facts.examples(),
                    field,
                    comment.line(),
                    comment.column());
        }
        boolean string = "string".equals(type);
        bound(field, "minimum", comment.min(), string ? facts.minLength() : facts.minimum(), comment);
        bound(field, "maximum", comment.max(), string ? facts.maxLength() : facts.maximum(), comment);
    }

    private static String requirement(FieldFacts facts) {
        return facts.requirement() == null ? null : facts.requirement().value().toLowerCase(Locale.ROOT);
    }

    private void differ(String field, String what, String inComment, String inTable, FieldComment comment) {
        if (inComment != null && inTable != null && !inComment.strip().equals(inTable.strip())) {
            findings.report(
                    SpecRules.CODE_MISMATCH,
                    field + ": the comment says " + what + " '" + inComment + "' but the table says '" + inTable + "'",
                    field,
                    comment.line(),
                    comment.column());
        }
    }

    private void bound(String field, String what, String inComment, FieldFacts.Fact inTable, FieldComment comment) {
        if (inComment == null || inTable == null || inTable.line() == comment.line()) {
            return;
        }
        BigDecimal a = new FieldFacts.Fact(inComment, 0, 0).number();
        BigDecimal b = inTable.number();
        if (a != null && b != null && a.compareTo(b) != 0) {
            findings.report(
                    SpecRules.CODE_MISMATCH,
                    field + ": the comment says " + what + " " + inComment + " but the table says " + inTable.value(),
                    field,
                    comment.line(),
                    comment.column());
        }
    }

    private static String literalType(CodeValue value) {
        return switch (value) {
            case StringLiteral s -> "string";
            case NumberLiteral n -> "number";
            case BooleanLiteral b -> "boolean";
            case ArrayLiteral a -> "array";
            case ObjectLiteral o -> "object";
            default -> null;
        };
    }

    private static boolean fits(String literalType, String type) {
        return literalType.equals(type) || literalType.equals("number") && type.equals("integer");
    }

    /** A table's field name as a path: {@code ecommerce.value} and {@code value} are the same field. */
    static String normalize(String field) {
        String f = Objects.requireNonNull(field).strip();
        return f.startsWith("ecommerce.") ? f.substring("ecommerce.".length()) : f;
    }

    private static String path(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
