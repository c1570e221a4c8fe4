package dev.datalayerlint.core.linter;

import dev.datalayerlint.core.contract.Contract;
import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushKind;
import java.util.Optional;

/**
 * Sends a push to its contract: {@code {event: "refund", ecommerce: {...}}} and {@code gtag('event', 'refund',
 * {...})} to {@code ga4/refund}; with a forced contract, every whole document to it. Pushes without a contract
 * (GTM's own {@code gtm.*} events, custom events, clears) are not errors and get no route.
 */
final class ContractRouter {

    private final ContractCatalog catalog;
    private final Contract forced;

    ContractRouter(ContractCatalog catalog, Contract forced) {
        this.catalog = catalog;
        this.forced = forced;
    }

    Optional<Route> route(Push push) {
        if (forced != null) {
            return Optional.of(new Route(forced, push.payload(), ""));
        }
        Optional<Contract> contract = catalog.forEvent(push.eventName());
        if (contract.isEmpty()) {
            return Optional.empty();
        }
        if (push.kind() == PushKind.GTAG) {
            return Optional.of(new Route(contract.get(), push.payload().path(2), "/2"));
        }
        String target = contract.get().target();
        return Optional.of(new Route(contract.get(), push.payload().at(target), target));
    }
}
