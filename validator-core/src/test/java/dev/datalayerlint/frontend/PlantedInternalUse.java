package dev.datalayerlint.frontend;

import dev.datalayerlint.core.catalog.RuleCatalog;

/** A front-end class that reaches into the core's internals: {@link FrontEndBoundaryTest} must catch it. */
final class PlantedInternalUse {

    int rules() {
        return RuleCatalog.builtIn().descriptors().size();
    }
}
