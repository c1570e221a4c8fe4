package dev.datalayerlint.core.contract;

/** A contract that cannot be used (missing folder, broken JSON, invalid schema): a tool error, not a finding. */
public final class ContractException extends RuntimeException {

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
