package dev.datalayerlint.maven;

import dev.datalayerlint.core.api.LintRun;
import dev.datalayerlint.core.api.RunOptions;
import dev.datalayerlint.core.api.RunOutcome;
import dev.datalayerlint.core.spi.Input;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code datalayer:spec-lint}: the project's tagging-spec folder, linted as {@code datalayer-lint spec lint} would. */
final class SpecLintGoal extends LintGoal<SpecLintMojo> {

    @Override
    Optional<RunOptions.Builder> configure(SpecLintMojo mojo, Path base, RunOptions.Builder run) {
        Path folder = base.resolve(mojo.specs.toPath()).normalize();
        if (!Files.isDirectory(folder)) {
            mojo.getLog()
                    .info("datalayer-lint: no spec folder " + BuildOutcome.shown(base, folder) + ": nothing linted");
            return Optional.empty();
        }
        return Optional.of(run.input(Input.path(folder)).outputDirectory(mojo.outputDirectory.toPath()));
    }

    @Override
    RunOutcome run(RunOptions options) {
        return LintRun.executeSpecs(options, Writer.nullWriter(), false);
    }
}
