package dev.datalayerlint.core.contract;

import dev.datalayerlint.core.spi.UsageException;

/** A contract that cannot be used (missing folder, broken JSON, invalid schema): a tool error, not a finding. */
public final class ContractException extends UsageException {

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
