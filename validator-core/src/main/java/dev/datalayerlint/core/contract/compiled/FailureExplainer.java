package dev.datalayerlint.core.contract.compiled;

import dev.datalayerlint.core.values.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Says why a value fails a compiled schema: every keyword it fails, where the keyword stands and at which value, as
 * networknt reports them, so that a failing push is worded without a second, slower validator and without loading
 * networknt at all. It runs only on the values the compiled check failed (a few in a hundred), so it reads the schema
 * documents as they are rather than a compiled tree; the verdict of each keyword is the compiled checks' own.
 *
 * <p>What it cannot report exactly as networknt does makes it give up, and networknt explains the value instead: a
 * failing {@code not}, {@code contains} or {@code propertyNames} (networknt words those itself), a {@code false}
 * schema, a value JSON cannot carry. The order of the errors is not networknt's: the contract puts the
 * violations in an order of their own. A differential test holds its reports against networknt's on every fixture,
 * every example of the shipped schemas and 100,000 random instances.
 */
public final class FailureExplainer {

    private final Map<String, JsonNode> documents;
    private final String iri;
    private final Map<String, PatternMatch> patterns = new ConcurrentHashMap<>();
    /** Each keyword value's compiled check (a type, an enum, a bound, property names), by the identity of its node. */
    private final Map<Identity, NodeCheck> leaves = new ConcurrentHashMap<>();
    /** Each {@code $ref}'s target, by the identity of the {@code $ref}'s node (which belongs to one document). */
    private final Map<Identity, Target> targets = new ConcurrentHashMap<>();
    /** Each schema object's keywords that can fail, in its order, by the identity of the schema's node. */
    private final Map<Identity, Planned[]> plans = new ConcurrentHashMap<>();

    /** One keyword of a schema object and its value, its name looked up once. */
    private record Planned(Kind kind, String name, JsonNode value) {}

    /** What a keyword does, so the walk dispatches on an enum rather than on the keyword's text. */
    private enum Kind {
        LEAF,
        MIN_LENGTH,
        MAX_LENGTH,
        PATTERN,
        BOUND,
        REQUIRED,
        DEPENDENT_REQUIRED,
        PROPERTIES,
        PATTERN_PROPERTIES,
        ADDITIONAL_PROPERTIES,
        PROPERTY_NAMES,
        MIN_SIZE,
        MAX_SIZE,
        PREFIX_ITEMS,
        ITEMS,
        CONTAINS,
        REF,
        ALL_OF,
        ANY_OF,
        ONE_OF,
        NOT,
        IF
    }

    /** A schema node as a map key: the same node, not an equal one (equality would walk the schema). */
    private record Identity(JsonNode node) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /** Where a {@code $ref} leads: the schema and its location. */
    private record Target(JsonNode schema, String iri, Trail at) {}

    /**
     * A path walked so far, one step a link: member names and list positions. Links cost one small object a step;
     * the path is written out (as a JSON pointer or a schema location) only when an error names it.
     */
    private record Trail(Trail parent, Object step) {

        Trail child(Object next) {
            return new Trail(this, next);
        }

        List<Object> steps() {
            List<Object> steps = new ArrayList<>();
            for (Trail at = this; at != null && at.step != null; at = at.parent) {
                steps.add(0, at.step);
            }
            return steps;
        }

        String pointer() {
            String pointer = "";
            for (Object step : steps()) {
                pointer = step instanceof Integer index
                        ? Pointers.child(pointer, index)
                        : Pointers.child(pointer, (String) step);
            }
            return pointer;
        }
    }

    /** The start of every trail. */
    private static final Trail ROOT = new Trail(null, null);

    /**
     * @param documents every schema document of the catalog by its {@code $id}
     * @param iri the document whose failures are explained
     */
    FailureExplainer(Map<String, JsonNode> documents, String iri) {
        this.documents = documents;
        this.iri = iri;
    }

    /** The keywords {@code instance} fails; null when only networknt can tell. */
    public List<SchemaError> explain(JsonNode instance) {
        JsonNode root = documents.get(iri);
        if (root == null) {
            return null;
        }
        try {
            List<SchemaError> errors = new ArrayList<>();
            schema(root, iri, ROOT, instance, ROOT, errors);
            return errors;
        } catch (RuntimeException | StackOverflowError e) { // Unsupported, Undecided, anything unforeseen
            return null;
        }
    }

    /**
     * The errors of {@code node}, at instance trail {@code ptr}, against {@code schema}, which stands at {@code at}
     * in document {@code doc}.
     */
    private void schema(JsonNode schema, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                throw new Unsupported("a false schema"); // networknt's own wording
            }
            return;
        }
        Undecided.unlessJson(node);
        for (Planned entry : plan(schema)) {
            String keyword = entry.name();
            JsonNode value = entry.value();
            switch (entry.kind()) {
                case LEAF -> {
                    if (!leaf(keyword, value).accepts(node)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case MIN_LENGTH -> {
                    if (node.isString() && StringCheck.codePoints(node.asString()) < SchemaCompiler.count(value, 0)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case MAX_LENGTH -> {
                    if (node.isString() && StringCheck.codePoints(node.asString()) > SchemaCompiler.count(value, 0)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case PATTERN -> {
                    if (node.isString() && !pattern(value.asString()).foundIn(node.asString())) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case BOUND -> {
                    if (node.isNumber() && !withinBound(keyword, value, schema, node)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case REQUIRED -> required(value, doc, at, node, ptr, out);
                case DEPENDENT_REQUIRED -> dependentRequired(value, doc, at, node, ptr, out);
                case PROPERTIES -> properties(value, doc, at, node, ptr, out);
                case PATTERN_PROPERTIES -> patternProperties(value, doc, at, node, ptr, out);
                case ADDITIONAL_PROPERTIES -> additionalProperties(schema, value, doc, at, node, ptr, out);
                case PROPERTY_NAMES -> propertyNames(value, node);
                case MIN_SIZE -> {
                    if (hasSizeFor(keyword, node) && node.size() < SchemaCompiler.count(value, 0)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case MAX_SIZE -> {
                    if (hasSizeFor(keyword, node) && node.size() > SchemaCompiler.count(value, 0)) {
                        out.add(error(keyword, doc, at, node, ptr, null, null));
                    }
                }
                case PREFIX_ITEMS -> prefixItems(value, doc, at, node, ptr, out);
                case ITEMS -> items(schema, value, doc, at, node, ptr, out);
                case CONTAINS -> contains(value, doc, at, node, ptr);
                case REF -> ref(value, doc, node, ptr, out);
                case ALL_OF -> allOf(value, doc, at, node, ptr, out);
                case ANY_OF -> anyOf(value, doc, at, node, ptr, out);
                case ONE_OF -> oneOf(value, doc, at, node, ptr, out);
                case NOT -> not(value, doc, at, node, ptr);
                case IF -> conditional(schema, value, doc, at, node, ptr, out);
            }
        }
    }

    /** The keywords of a schema object that can fail, made once for each schema object the walk meets. */
    private Planned[] plan(JsonNode schema) {
        return plans.computeIfAbsent(new Identity(schema), key -> {
            List<Planned> keywords = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                Kind kind = kind(member.getKey());
                if (kind != null) {
                    keywords.add(new Planned(kind, member.getKey(), member.getValue()));
                }
            }
            return keywords.toArray(Planned[]::new);
        });
    }

    /** What {@code keyword} does; null for an annotation and for {@code then}/{@code else} (read with {@code if}). */
    private static Kind kind(String keyword) {
        return switch (keyword) {
            case "type", "enum", "const" -> Kind.LEAF;
            case "minLength" -> Kind.MIN_LENGTH;
            case "maxLength" -> Kind.MAX_LENGTH;
            case "pattern" -> Kind.PATTERN;
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> Kind.BOUND;
            case "required" -> Kind.REQUIRED;
            case "dependentRequired" -> Kind.DEPENDENT_REQUIRED;
            case "properties" -> Kind.PROPERTIES;
            case "patternProperties" -> Kind.PATTERN_PROPERTIES;
            case "additionalProperties" -> Kind.ADDITIONAL_PROPERTIES;
            case "propertyNames" -> Kind.PROPERTY_NAMES;
            case "minProperties", "minItems" -> Kind.MIN_SIZE;
            case "maxProperties", "maxItems" -> Kind.MAX_SIZE;
            case "prefixItems" -> Kind.PREFIX_ITEMS;
            case "items" -> Kind.ITEMS;
            case "contains" -> Kind.CONTAINS;
            case "$ref" -> Kind.REF;
            case "allOf" -> Kind.ALL_OF;
            case "anyOf" -> Kind.ANY_OF;
            case "oneOf" -> Kind.ONE_OF;
            case "not" -> Kind.NOT;
            case "if" -> Kind.IF;
            case "then", "else" -> null;
            default -> {
                if (!SchemaCompiler.ANNOTATIONS.contains(keyword)) {
                    throw new Unsupported("keyword " + keyword);
                }
                yield null;
            }
        };
    }

    /** Whether {@code node} is what a size keyword counts: an object's members, an array's elements. */
    private static boolean hasSizeFor(String keyword, JsonNode node) {
        return keyword.endsWith("Properties") ? node.isObject() : node.isArray();
    }

    /** The error of {@code keyword} of the schema at {@code at}: where it stands and the value are written out now. */
    private static SchemaError error(
            String keyword, String doc, Trail at, JsonNode node, Trail ptr, String property, String missing) {
        return new SchemaError(
                keyword,
                ptr.pointer(),
                new SchemaPath(doc, at.child(keyword).steps()),
                node,
                property,
                missing,
                null,
                null);
    }

    /** The compiled check of a {@code type}, {@code enum} or {@code const}, made once for each keyword value. */
    private NodeCheck leaf(String keyword, JsonNode value) {
        return leaves.computeIfAbsent(
                new Identity(value),
                key -> "type".equals(keyword)
                        ? SchemaCompiler.type(value)
                        : SchemaCompiler.values(value, "enum".equals(keyword)));
    }

    /**
     * Whether a number is within a bound keyword's limit as networknt judges it. With a whole limit written as an
     * integer in a schema whose type names {@code integer}, networknt compares the value's {@code asLong()}, a
     * fraction cut towards zero ({@code 0.1} is not above an {@code exclusiveMinimum} of 0 there); anywhere else it
     * compares decimals, as the compiled {@link NumberBound} does. Such a fraction fails {@code type} anyway, so the
     * verdict is the same either way; only the list of failed keywords differs.
     */
    private boolean withinBound(String keyword, JsonNode limit, JsonNode schema, JsonNode node) {
        boolean lower = keyword.endsWith("inimum");
        boolean exclusive = keyword.startsWith("ex");
        if (!(limit.isInt() || limit.isLong()) || !declaresInteger(schema)) {
            return leaves.computeIfAbsent(
                            new Identity(limit), key -> NumberBound.of(SchemaCompiler.limit(limit), lower, exclusive))
                    .accepts(node);
        }
        if (!node.isIntegralNumber() && Math.abs(node.doubleValue()) >= Numbers.LONG_RANGE) {
            throw new Unsupported("a number beyond the long range"); // handed to networknt as a big integer
        }
        int comparison = node.isBigInteger()
                ? node.bigIntegerValue().compareTo(limit.bigIntegerValue())
                : Long.compare(node.asLong(), limit.longValue());
        if (lower) {
            return exclusive ? comparison > 0 : comparison >= 0;
        }
        return exclusive ? comparison < 0 : comparison <= 0;
    }

    /** Whether the schema's {@code type} names {@code integer}, as networknt asks it. */
    private static boolean declaresInteger(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode name : type) {
                if ("integer".equals(name.asString(""))) {
                    return true;
                }
            }
            return false;
        }
        return "integer".equals(type.asString(""));
    }

    private static void required(
            JsonNode names, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isObject()) {
            return;
        }
        for (JsonNode name : names) {
            if (node.get(name.asString()) == null) {
                out.add(error("required", doc, at, node, ptr, name.asString(), null));
            }
        }
    }

    private static void dependentRequired(
            JsonNode dependencies, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
            if (node.get(dependency.getKey()) == null) {
                continue;
            }
            for (JsonNode name : dependency.getValue()) {
                if (node.get(name.asString()) == null) {
                    out.add(error("dependentRequired", doc, at, node, ptr, dependency.getKey(), name.asString()));
                }
            }
        }
    }

    private void properties(JsonNode declared, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isObject()) {
            return;
        }
        Trail properties = null;
        for (Map.Entry<String, JsonNode> property : declared.properties()) {
            JsonNode value = node.get(property.getKey());
            if (value != null) {
                properties = properties == null ? at.child("properties") : properties;
                schema(
                        property.getValue(),
                        doc,
                        properties.child(property.getKey()),
                        value,
                        ptr.child(property.getKey()),
                        out);
            }
        }
    }

    private void patternProperties(
            JsonNode declared, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : declared.properties()) {
            PatternMatch match = pattern(property.getKey());
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (match.foundIn(member.getKey())) {
                    schema(
                            property.getValue(),
                            doc,
                            at.child("patternProperties").child(property.getKey()),
                            member.getValue(),
                            ptr.child(member.getKey()),
                            out);
                }
            }
        }
    }

    private void additionalProperties(
            JsonNode schema,
            JsonNode additional,
            String doc,
            Trail at,
            JsonNode node,
            Trail ptr,
            List<SchemaError> out) {
        if (!node.isObject()) {
            return;
        }
        JsonNode declared = schema.path("properties");
        JsonNode patterned = schema.path("patternProperties");
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            if (declared.has(name) || matchesAny(patterned, name)) {
                continue;
            }
            if (additional.isBoolean()) {
                if (!additional.booleanValue()) {
                    out.add(error("additionalProperties", doc, at, node, ptr, name, null));
                }
            } else {
                schema(additional, doc, at.child("additionalProperties"), member.getValue(), ptr.child(name), out);
            }
        }
    }

    private boolean matchesAny(JsonNode patterned, String name) {
        for (Map.Entry<String, JsonNode> property : patterned.properties()) {
            if (pattern(property.getKey()).foundIn(name)) {
                return true;
            }
        }
        return false;
    }

    private void propertyNames(JsonNode names, JsonNode node) {
        if (!node.isObject()) {
            return;
        }
        StringCheck check =
                (StringCheck) leaves.computeIfAbsent(new Identity(names), key -> SchemaCompiler.propertyNames(names));
        for (String name : node.propertyNames()) {
            if (!check.acceptsText(name)) {
                throw new Unsupported("a failing propertyNames"); // networknt's own wording
            }
        }
    }

    private void prefixItems(JsonNode prefix, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isArray()) {
            return;
        }
        for (int i = 0; i < prefix.size() && i < node.size(); i++) {
            schema(prefix.get(i), doc, at.child("prefixItems").child(i), node.get(i), ptr.child(i), out);
        }
    }

    private void items(
            JsonNode schema, JsonNode items, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        if (!node.isArray()) {
            return;
        }
        Trail itemsAt = at.child("items");
        for (int i = schema.path("prefixItems").size(); i < node.size(); i++) {
            schema(items, doc, itemsAt, node.get(i), ptr.child(i), out);
        }
    }

    private void contains(JsonNode contains, String doc, Trail at, JsonNode node, Trail ptr) {
        if (!node.isArray()) {
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (passes(contains, doc, at.child("contains"), node.get(i), ptr.child(i))) {
                return;
            }
        }
        throw new Unsupported("a failing contains"); // networknt's own wording and minContains
    }

    private void ref(JsonNode ref, String doc, JsonNode node, Trail ptr, List<SchemaError> out) {
        Target target = targets.computeIfAbsent(new Identity(ref), key -> target(ref, doc));
        schema(target.schema(), target.iri(), target.at(), node, ptr, out);
    }

    /** Where {@code ref}, written in document {@code doc}, leads. */
    private Target target(JsonNode ref, String doc) {
        SchemaCompiler.Target target = SchemaCompiler.target(ref, doc);
        JsonNode schema = documents.get(target.document());
        if (schema == null) {
            throw new Unsupported("$ref to a document outside the catalog");
        }
        Trail at = ROOT;
        for (JsonPointer step = JsonPointer.compile(target.pointer()); !step.matches(); step = step.tail()) {
            if (schema.isArray()) {
                at = at.child(step.getMatchingIndex());
                schema = schema.get(step.getMatchingIndex());
            } else {
                at = at.child(step.getMatchingProperty());
                schema = schema.get(step.getMatchingProperty());
            }
            if (schema == null) {
                throw new Unsupported("$ref to nothing");
            }
        }
        return new Target(schema, target.document(), at);
    }

    private void allOf(JsonNode branches, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        for (int i = 0; i < branches.size(); i++) {
            schema(branches.get(i), doc, at.child("allOf").child(i), node, ptr, out);
        }
    }

    private void anyOf(JsonNode branches, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        List<SchemaError> failures = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            int before = failures.size();
            schema(branches.get(i), doc, at.child("anyOf").child(i), node, ptr, failures);
            if (failures.size() == before) {
                return;
            }
        }
        out.addAll(failures); // networknt reports the branches' errors, not one of the anyOf itself
    }

    private void oneOf(JsonNode branches, String doc, Trail at, JsonNode node, Trail ptr, List<SchemaError> out) {
        List<SchemaError> failures = new ArrayList<>();
        int passing = 0;
        for (int i = 0; i < branches.size(); i++) {
            int before = failures.size();
            schema(branches.get(i), doc, at.child("oneOf").child(i), node, ptr, failures);
            if (failures.size() == before) {
                passing++;
            }
        }
        if (passing == 1) {
            return;
        }
        if (passing == 0) {
            out.addAll(failures);
        }
        out.add(error("oneOf", doc, at, node, ptr, null, null));
    }

    private void not(JsonNode inner, String doc, Trail at, JsonNode node, Trail ptr) {
        if (passes(inner, doc, at.child("not"), node, ptr)) {
            throw new Unsupported("a failing not"); // networknt's own wording
        }
    }

    private void conditional(
            JsonNode schema,
            JsonNode condition,
            String doc,
            Trail at,
            JsonNode node,
            Trail ptr,
            List<SchemaError> out) {
        boolean holds = passes(condition, doc, at.child("if"), node, ptr);
        String branch = holds ? "then" : "else";
        JsonNode chosen = schema.get(branch);
        if (chosen != null) {
            schema(chosen, doc, at.child(branch), node, ptr, out);
        }
    }

    private boolean passes(JsonNode schema, String doc, Trail at, JsonNode node, Trail ptr) {
        List<SchemaError> errors = new ArrayList<>();
        schema(schema, doc, at, node, ptr, errors);
        return errors.isEmpty();
    }

    private PatternMatch pattern(String regex) {
        return patterns.computeIfAbsent(regex, PatternMatch::of);
    }
}
