package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spec.CodeValue.ArrayLiteral;
import dev.datalayerlint.core.spec.CodeValue.BooleanLiteral;
import dev.datalayerlint.core.spec.CodeValue.CodeProperty;
import dev.datalayerlint.core.spec.CodeValue.CodePush;
import dev.datalayerlint.core.spec.CodeValue.Expression;
import dev.datalayerlint.core.spec.CodeValue.NullLiteral;
import dev.datalayerlint.core.spec.CodeValue.NumberLiteral;
import dev.datalayerlint.core.spec.CodeValue.ObjectLiteral;
import dev.datalayerlint.core.spec.CodeValue.Placeholder;
import dev.datalayerlint.core.spec.CodeValue.StringLiteral;
import dev.datalayerlint.core.spec.JsTokens.Kind;
import dev.datalayerlint.core.spec.JsTokens.LineComment;
import dev.datalayerlint.core.spec.JsTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the object literals a spec page's code block pushes ({@code dataLayer.push({...})},
 * {@code window.dataLayer.push(...)}) by walking the tokens of code GraalJS has already parsed; the code is never run.
 * Positions are moved onto the page: {@code firstLine} is the page line of the code's first line.
 */
final class PushLiteralReader {

    private final JsTokens lexer;
    private final List<Token> tokens;
    private final int lineOffset;
    private final int columnOffset;
    private int at;

    private PushLiteralReader(String code, int firstLine, int columnOffset) {
        this.lexer = JsTokens.of(code);
        this.tokens = lexer.tokens();
        this.lineOffset = firstLine - 1;
        this.columnOffset = columnOffset;
    }

    /** The pushes of {@code code}, which must be valid JavaScript. */
    static List<CodePush> read(String code, int firstLine, int columnOffset) {
        return new PushLiteralReader(code, firstLine, columnOffset).pushes();
    }

    private List<CodePush> pushes() {
        List<CodePush> pushes = new ArrayList<>();
        for (at = 0; at + 3 < tokens.size(); at++) {
            Token name = peek(0);
            if (name.kind() == Kind.IDENTIFIER
                    && name.text().equals("dataLayer")
                    && peek(1).is(".")
                    && peek(2).text().equals("push")
                    && peek(3).is("(")) {
                at += 4;
                while (peek(0).kind() != Kind.END && !peek(0).is(")")) {
                    Token first = peek(0);
                    CodeValue argument = value();
                    if (argument instanceof ObjectLiteral object) {
                        pushes.add(new CodePush(object, pageLine(first), pageColumn(first)));
                    }
                    if (peek(0).is(",")) {
                        at++;
                    }
                }
            }
        }
        return List.copyOf(pushes);
    }

    /** The token {@code offset} after the current one; the end token past the end, whatever the input. */
    private Token peek(int offset) {
        return tokens.get(Math.min(at + offset, tokens.size() - 1));
    }

    private CodeValue value() {
        Token token = peek(0);
        if (token.kind() == Kind.END) {
            return new Expression("");
        }
        if (token.is("{")) {
            return object();
        }
        if (token.is("[")) {
            return array();
        }
        Token next = peek(1);
        boolean alone = next.is(",") || next.is("}") || next.is("]") || next.is(")") || next.kind() == Kind.END;
        if (alone) {
            switch (token.kind()) {
                case STRING -> {
                    at++;
                    return placeholderOrString(token.text());
                }
                case NUMBER -> {
                    at++;
                    return new NumberLiteral(token.text());
                }
                case IDENTIFIER -> {
                    if (token.text().equals("true") || token.text().equals("false")) {
                        at++;
                        return new BooleanLiteral(token.text().equals("true"));
                    }
                    if (token.text().equals("null") || token.text().equals("undefined")) {
                        at++;
                        return new NullLiteral();
                    }
                }
                default -> {}
            }
        }
        if (token.is("-") && next.kind() == Kind.NUMBER) {
            Token after = peek(2);
            if (after.is(",") || after.is("}") || after.is("]") || after.is(")")) {
                at += 2;
                return new NumberLiteral("-" + next.text());
            }
        }
        return expression();
    }

    private static CodeValue placeholderOrString(String text) {
        if (text.length() > 2 && text.startsWith("<") && text.endsWith(">")) {
            return new Placeholder(text.substring(1, text.length() - 1).strip());
        }
        return new StringLiteral(text);
    }

    private ObjectLiteral object() {
        List<CodeProperty> properties = new ArrayList<>();
        at++; // {
        while (!peek(0).is("}") && peek(0).kind() != Kind.END) {
            Token key = peek(0);
            boolean named = key.kind() == Kind.IDENTIFIER || key.kind() == Kind.STRING || key.kind() == Kind.NUMBER;
            if (named && peek(1).is(":")) {
                at += 2;
                CodeValue value = value();
                properties.add(new CodeProperty(key.text(), value, pageLine(key), pageColumn(key), comment(key)));
            } else {
                expression(); // spread, computed key, method, shorthand: not a field the spec can compare
            }
            if (peek(0).is(",")) {
                at++;
            }
        }
        if (peek(0).kind() != Kind.END) {
            at++; // }
        }
        return new ObjectLiteral(properties);
    }

    private ArrayLiteral array() {
        List<CodeValue> elements = new ArrayList<>();
        at++; // [
        while (!peek(0).is("]") && peek(0).kind() != Kind.END) {
            elements.add(value());
            if (peek(0).is(",")) {
                at++;
            }
        }
        if (peek(0).kind() != Kind.END) {
            at++; // ]
        }
        return new ArrayLiteral(elements);
    }

    /** Skips any expression up to the next {@code ,} or closing bracket at its own depth. */
    private Expression expression() {
        int start = peek(0).start();
        int first = at;
        int depth = 0;
        while (peek(0).kind() != Kind.END) {
            Token token = peek(0);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (token.is(",") && depth == 0) {
                break;
            }
            at++;
        }
        if (at == first && peek(0).kind() != Kind.END) {
            at++; // never stand still, whatever the input
        }
        int end = at > 0 ? tokens.get(Math.min(at, tokens.size()) - 1).end() : start;
        return new Expression(lexer.source(start, Math.max(start, end)).strip());
    }

    private FieldComment comment(Token key) {
        LineComment comment = lexer.commentOn(key.line());
        return comment == null
                ? null
                : FieldComment.parse(comment.text(), lineOffset + comment.line(), columnOffset + comment.column());
    }

    private int pageLine(Token token) {
        return lineOffset + token.line();
    }

    private int pageColumn(Token token) {
        return columnOffset + token.column();
    }
}
