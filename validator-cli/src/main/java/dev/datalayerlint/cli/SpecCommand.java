package dev.datalayerlint.cli;

import picocli.CommandLine.Command;

/** {@code datalayer-lint spec}: the commands over tagging-spec pages (Markdown, one page per event). */
@Command(
        name = "spec",
        mixinStandardHelpOptions = true,
        description = "Commands for tagging-spec pages (see docs/specs.md).",
        subcommands = {SpecLintCommand.class, SpecCompileCommand.class, SpecRenderCommand.class})
final class SpecCommand {}
