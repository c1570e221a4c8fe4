package dev.datalayerlint.core.api;

import dev.datalayerlint.core.run.FileRun;
import dev.datalayerlint.core.spi.Input;
import dev.datalayerlint.core.spi.ProgressListener;
import dev.datalayerlint.core.spi.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * The run over files and folders: what the CLI and the Maven plugin call. It expands inputs, lints each recording
 * with a {@link LintProfile} and aggregates the results into one {@link Report}. Thread-safe and free of global
 * state; to lint recordings one at a time (a browser test, a pipeline) use {@link LintProfile} directly.
 *
 * <pre>{@code
 * Report report = Validator.create().validate(ValidationRequest.builder()
 *         .input(Input.json("checkout", "[{\"event\":\"refund\",\"ecommerce\":{...}}]"))
 *         .build());
 * assertFalse(report.failsAt(Severity.ERROR), report.findings().toString());
 * }</pre>
 */
public final class Validator {

    private Validator() {}

    public static Validator create() {
        return new Validator();
    }

    /**
     * Validates every input. Bad input becomes findings; nothing the inputs contain makes this throw.
     *
     * @throws dev.datalayerlint.core.spi.UsageException when the request names a contract or a contracts
     *     folder that cannot be used (a usage error, not a finding)
     */
    public Report validate(ValidationRequest request) {
        return validate(request, ProgressListener.NONE);
    }

    /** As {@link #validate(ValidationRequest)}, telling {@code progress} about every file and push. */
    public Report validate(ValidationRequest request, ProgressListener progress) {
        return validate(request.profile(), request.inputs(), request.baseDirectory(), request.ignore(), progress);
    }

    /** Validates {@code inputs} with a profile compiled earlier (and reused across runs). */
    public Report validate(
            LintProfile profile,
            List<Input> inputs,
            Path baseDirectory,
            List<String> ignore,
            ProgressListener progress) {
        return new FileRun(profile.linter(), baseDirectory, ignore).run(inputs, progress);
    }
}
