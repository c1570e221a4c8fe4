package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Input;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code datalayer:validate}: the project's recordings, validated as {@code datalayer-lint validate} would. */
final class ValidateGoal extends LintGoal<ValidateMojo> {

    @Override
    Optional<RunOptions.Builder> configure(ValidateMojo mojo, Path base, RunOptions.Builder run) {
        RecordingSet set = mojo.recordings == null ? new RecordingSet() : mojo.recordings;
        RecordingFiles.expand(set, base, mojo.getLog()).forEach(file -> run.input(Input.path(file)));
        return Optional.of(run.outputDirectory(mojo.outputDirectory.toPath())
                .contract(mojo.contract)
                .contractDirectories(
                        mojo.contractsDirectory == null ? List.of() : List.of(mojo.contractsDirectory.toPath()))
                .jsTimeout(mojo.jsTimeout)
                .jsStatementLimit(mojo.jsStatementLimit)
                .quiet(mojo.quiet)
                .maxWarnings(mojo.maxWarnings)
                .threads(mojo.threads)
                .reportUnusedDisableDirectives(mojo.reportUnusedDisableDirectives)
                .progress(BuildOutcome.progress(mojo.getLog())));
    }

    @Override
    RunOutcome run(RunOptions options) {
        return LintRun.execute(options, Writer.nullWriter(), false);
    }
}
