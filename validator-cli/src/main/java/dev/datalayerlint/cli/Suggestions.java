package dev.datalayerlint.cli;

import dev.datalayerlint.core.api.Hints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a mistyped subcommand or option ({@code valdate} → {@code validate}, {@code --frmat} →
 * {@code --format}), with the same edit distance as every other suggestion of the tool ({@link Hints#closest}).
 */
final class Suggestions {

    private Suggestions() {}

    /** The one-line message for a parse error, with a suggestion where one is close. */
    static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        CommandLine command = e.getCommandLine();
        String word = unmatched.getUnmatched().get(0);
        if (!word.startsWith("-") && !command.getSubcommands().isEmpty()) {
            return "unknown command '" + word + "'"
                    + suggestion(word, new ArrayList<>(command.getSubcommands().keySet()))
                            .orElse("; 'datalayer-lint --help' lists the commands");
        }
        if (word.startsWith("-")) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            return e.getMessage()
                    + suggestion(name, optionNames(command.getCommandSpec())).orElse("");
        }
        return e.getMessage();
    }

    private static Optional<String> suggestion(String word, List<String> candidates) {
        return Hints.closest(word, candidates).map(known -> " (did you mean '" + known + "'?)");
    }

    private static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream()
                .map(option -> option.longestName())
                .filter(name -> name.startsWith("--"))
                .toList();
    }
}
