package dev.datalayerlint.testkit;

import dev.datalayerlint.core.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one finding of an invalid {@link RuleTester} case must look like. Only the parts a test names are compared,
 * so a case states what it is about (the pointer, the push, a phrase of the message) and nothing it does not mean to
 * pin down. Build one with {@link RuleTester#expect(String)} and narrow it with the {@code with…} methods.
 *
 * @param pointer the JSON pointer the finding must be at, or null for any
 * @param push the 0-based push index it must be reported on, or null for any
 * @param message the whole message, or null for any
 * @param messagePart a part of the message, or null for any
 * @param messagePrefix the start of the message, or null for any
 */
public record ExpectedFinding(String pointer, Integer push, String message, String messagePart, String messagePrefix) {

    /** A finding at {@code push}. */
    public ExpectedFinding atPush(int index) {
        return new ExpectedFinding(pointer, index, message, messagePart, messagePrefix);
    }

    /** A finding whose message is exactly {@code text}. */
    public ExpectedFinding withMessage(String text) {
        return new ExpectedFinding(pointer, push, Objects.requireNonNull(text), messagePart, messagePrefix);
    }

    /** A finding whose message contains {@code part}. */
    public ExpectedFinding withMessageContaining(String part) {
        return new ExpectedFinding(pointer, push, message, Objects.requireNonNull(part), messagePrefix);
    }

    /** A finding whose message starts with {@code prefix}. */
    public ExpectedFinding withMessageStartingWith(String prefix) {
        return new ExpectedFinding(pointer, push, message, messagePart, Objects.requireNonNull(prefix));
    }

    /** How {@code finding} differs from this expectation; empty when it matches. */
    List<String> differences(Finding finding) {
        List<String> differences = new ArrayList<>();
        if (pointer != null && !pointer.equals(finding.pointer())) {
            differences.add("pointer '" + finding.pointer() + "' is not '" + pointer + "'");
        }
        if (push != null && finding.pushIndex().orElse(-1) != push) {
            differences.add("push " + finding.pushIndex().orElse(-1) + " is not " + push);
        }
        if (message != null && !message.equals(finding.message())) {
            differences.add("message is not \"" + message + "\"");
        }
        if (messagePart != null && !finding.message().contains(messagePart)) {
            differences.add("message does not contain \"" + messagePart + "\"");
        }
        if (messagePrefix != null && !finding.message().startsWith(messagePrefix)) {
            differences.add("message does not start with \"" + messagePrefix + "\"");
        }
        return differences;
    }

    @Override
    public String toString() {
        return "finding" + (push == null ? "" : " at push " + push) + (pointer == null ? "" : " at '" + pointer + "'")
                + (message == null ? "" : " with message \"" + message + "\"")
                + (messagePart == null ? "" : " with a message containing \"" + messagePart + "\"")
                + (messagePrefix == null ? "" : " with a message starting \"" + messagePrefix + "\"");
    }
}
