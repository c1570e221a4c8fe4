package dev.datalayerlint.core.model;

import dev.datalayerlint.core.spi.PrintableText;
import dev.datalayerlint.core.values.JsSemantics;
import dev.datalayerlint.core.values.JsValues;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Writes values as a person reads them in GTM's preview and the browser console: JavaScript literals, keys bare
 * where they are identifiers, {@code undefined} and functions as themselves, numbers as {@code String(n)} gives them.
 * Non-empty objects and arrays take one line per member, indented by two spaces.
 */
final class JsLiteral {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String STEP = "  ";

    private JsLiteral() {}

    static String of(JsonNode node, String indent) {
        StringBuilder out = new StringBuilder();
        append(out, node, indent);
        return out.toString();
    }

    static void append(StringBuilder out, JsonNode node, String indent) {
        if (node == null || JsValues.isUndefined(node)) {
            out.append("undefined");
        } else if (JsValues.isFunction(node)) {
            out.append("function () { ... }");
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(indent).append(STEP).append(key(member.getKey())).append(": ");
                append(out, member.getValue(), indent + STEP);
                out.append(members.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append(STEP);
                append(out, node.get(i), indent + STEP);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isString()) {
            out.append(string(node.asString()));
        } else if (node.isNumber()) {
            out.append(JsSemantics.numberText(node));
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.isNull() ? "null" : Boolean.toString(node.booleanValue()));
        } else {
            out.append(node);
        }
    }

    static String key(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : string(name);
    }

    /** A double-quoted string literal. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (PrintableText.needsEscape(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
