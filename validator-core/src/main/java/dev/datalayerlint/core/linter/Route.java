package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.contract.Contract;
import tools.jackson.databind.JsonNode;

/**
 * Which contract a push goes to and which part of it is checked.
 *
 * @param instance the checked part; missing when the push lacks it (an event push without ecommerce)
 * @param base pointer of {@code instance} inside the push payload
 */
record Route(Contract contract, JsonNode instance, String base) {}
