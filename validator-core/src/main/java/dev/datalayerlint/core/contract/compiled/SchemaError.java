package dev.datalayerlint.core.contract.compiled;

import tools.jackson.databind.JsonNode;

/**
 * One keyword a value failed, as a JSON Schema validator reports it, before it is worded for a person. Both
 * validators give these: networknt's errors are turned into them by its adapter, and {@link FailureExplainer} makes
 * them directly, so one piece of code words every contract message.
 *
 * @param keyword the failed keyword ({@code pattern}, {@code required})
 * @param pointer the JSON pointer of the value the keyword looked at (for {@code required}, the object)
 * @param location where the keyword stands in its schema document; null when not known
 * @param instance the value the keyword looked at
 * @param property the member a keyword names: the missing one of {@code required}, the unknown one of
 *     {@code additionalProperties}, the one whose presence triggered {@code dependentRequired}; else null
 * @param missing for {@code dependentRequired}, the member that must be there; else null
 * @param detail the validator's own explanation of a {@code propertyNames} failure; else null
 * @param text the validator's own message, used only for a keyword this project does not word itself
 */
public record SchemaError(
        String keyword,
        String pointer,
        SchemaPath location,
        JsonNode instance,
        String property,
        String missing,
        String detail,
        String text) {}
