package dev.datalayerlint.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * A value in a spec page's code block, as far as a tagging spec needs it: object and array literals, plain literals,
 * {@code "<field>"} placeholders (meaning "a value of that field's type") and anything else as opaque source text.
 */
public sealed interface CodeValue {

    /** An object literal with its properties in source order. */
    record ObjectLiteral(List<CodeProperty> properties) implements CodeValue {
        public ObjectLiteral {
            properties = List.copyOf(properties);
        }

        public Optional<CodeProperty> property(String key) {
            return properties.stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }

    record ArrayLiteral(List<CodeValue> elements) implements CodeValue {
        public ArrayLiteral {
            elements = List.copyOf(elements);
        }
    }

    /** A string literal that is not a placeholder. */
    record StringLiteral(String value) implements CodeValue {}

    /** A number literal as written ({@code 7.77}, {@code -1}). */
    record NumberLiteral(String text) implements CodeValue {}

    record BooleanLiteral(boolean value) implements CodeValue {}

    /** {@code null} or {@code undefined}. */
    record NullLiteral() implements CodeValue {}

    /** A {@code "<field>"} string: stands for a value of the field's type. */
    record Placeholder(String name) implements CodeValue {}

    /** Any other expression (a variable, a call), kept as its source text. */
    record Expression(String text) implements CodeValue {}

    /** One property of an object literal, with the page position of its key and the field comment on its line. */
    record CodeProperty(String key, CodeValue value, int line, int column, FieldComment comment) {}

    /** One {@code dataLayer.push({...})} call's object, placed at the page position of the object. */
    record CodePush(ObjectLiteral payload, int line, int column) {

        /** The pushed {@code event}, when it is a string literal. */
        public Optional<String> event() {
            return payload.property("event")
                    .map(CodeProperty::value)
                    .filter(StringLiteral.class::isInstance)
                    .map(v -> ((StringLiteral) v).value());
        }

        /** {@code {ecommerce: null}}, GA4's clear of the previous ecommerce object. */
        public boolean isEcommerceClear() {
            return payload.property("ecommerce")
                    .map(CodeProperty::value)
                    .filter(NullLiteral.class::isInstance)
                    .isPresent();
        }
    }
}
