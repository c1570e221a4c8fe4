package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.RuleDescriptor;
import dev.datalayerlint.core.spi.Violation;

/**
 * A violation of a contract, with the rule it belongs to (a schema keyword family such as {@code schema.pattern}, or
 * a money rule) and the schema location that failed.
 *
 * @param schemaLocation the failing schema location (IRI and fragment), or null
 */
public record ContractViolation(RuleDescriptor rule, Violation violation, String schemaLocation) {}
