package dev.datalayerlint.core;

import dev.datalayerlint.core.engine.Engine;

/**
 * The one entry point of datalayer-lint: the CLI, the Maven plugin and a team's own Selenium or Playwright tests
 * all call {@link #validate}. Thread-safe and free of global state; create one and reuse it, because it keeps the
 * JavaScript engine (started only when a {@code .js} recording is first read).
 *
 * <pre>{@code
 * Report report = Validator.create().validate(ValidationRequest.builder()
 *         .input(Input.json("checkout", "[{\"event\":\"refund\",\"ecommerce\":{...}}]"))
 *         .build());
 * assertFalse(report.failsAt(Severity.ERROR), report.findings().toString());
 * }</pre>
 */
public final class Validator {

    private final Engine engine = new Engine();

    private Validator() {}

    public static Validator create() {
        return new Validator();
    }

    /**
     * Validates every input. Bad input becomes findings; nothing the inputs contain makes this throw.
     *
     * @throws dev.datalayerlint.core.contract.ContractException when the request names a contract or a contracts
     *     folder that cannot be used (a usage error, not a finding)
     */
    public Report validate(ValidationRequest request) {
        return engine.run(request, ProgressListener.NONE);
    }

    /**
     * Reads an input's pushes into {@code sink} without validating them, e.g. into a
     * {@link dev.datalayerlint.core.model.ReplayRenderer} to see GTM's data model after each push.
     */
    public void read(Input input, java.nio.file.Path baseDirectory, dev.datalayerlint.core.recording.PushSink sink) {
        engine.read(input, baseDirectory, sink);
    }

    /** As {@link #validate(ValidationRequest)}, telling {@code progress} about every file and push. */
    public Report validate(ValidationRequest request, ProgressListener progress) {
        return engine.run(request, progress);
    }
}
