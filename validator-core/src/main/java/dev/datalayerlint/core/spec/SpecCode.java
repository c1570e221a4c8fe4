package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.spec.CodeValue.CodePush;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A page's {@code ## Javascript Code} block: its text, the page line of its first code line, and what GraalJS and the
 * literal walk made of it.
 *
 * @param firstLine 1-based page line of the code's first line (the line after the opening fence)
 * @param syntaxError where and why the code is not valid JavaScript, placed in the page; null when it parses
 * @param pushes the pushed object literals (empty when the code does not parse)
 */
public record SpecCode(String text, int firstLine, SyntaxError syntaxError, List<CodePush> pushes) {

    public SpecCode {
        pushes = List.copyOf(pushes);
    }

    /** A syntax error, placed in the page. */
    public record SyntaxError(String message, SourceLocation location) {}

    public Optional<SyntaxError> syntax() {
        return Optional.ofNullable(syntaxError);
    }

    /** The push carrying an {@code event}, the one the page specifies. */
    public Optional<CodePush> eventPush() {
        return pushes.stream().filter(p -> p.event().isPresent()).findFirst();
    }
}
