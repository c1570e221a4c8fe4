package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Rule ids a project contract gives its own keywords with {@code x-rule} ({@code "x-rule": {"pattern":
 * "acme.sku-format"}}), so a team can configure, suppress and count its own checks like the built-in ones. Read once
 * when the contracts are loaded; a malformed declaration is an error of the contract, naming its file.
 */
public final class DeclaredRules {

    /** The keyword holding the declarations. */
    public static final String KEYWORD = "x-rule";

    /** Lower-case, dot-separated, at least two parts: {@code acme.sku-format}. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private DeclaredRules() {}

    /** The descriptor of a declared rule: an error by default, as every contract keyword is. */
    public static RuleDescriptor descriptor(String id) {
        return new RuleDescriptor(id, "Declared by a project contract (x-rule)", Severity.ERROR);
    }

    /**
     * The rules declared anywhere in {@code schema}, by id.
     *
     * @throws ContractException for an {@code x-rule} that is not an object of keyword to rule id
     */
    static Map<String, RuleDescriptor> scan(JsonNode schema, String origin) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(schema);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.has(KEYWORD)) {
                JsonNode declared = node.get(KEYWORD);
                if (!declared.isObject()) {
                    throw new ContractException(origin + ": " + KEYWORD + " must be an object of keyword to rule id");
                }
                for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                    String id = entry.getValue().isString() ? entry.getValue().asString() : "";
                    if (!ID.matcher(id).matches()) {
                        throw new ContractException(origin + ": " + KEYWORD + " of " + entry.getKey() + ": '"
                                + entry.getValue() + "' is not a rule id (lower case, dot-separated, such as"
                                + " acme.sku-format)");
                    }
                    rules.put(id, descriptor(id));
                }
            }
            node.forEach(todo::push);
        }
        return rules;
    }
}
