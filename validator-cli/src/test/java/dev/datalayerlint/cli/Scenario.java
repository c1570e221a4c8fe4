package dev.datalayerlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CLI scenario file ({@code src/test/resources/scenarios/*.scenario}), after Spectral's test-harness: a command
 * line, the files it reads and everything it must print, in one file a reviewer reads top to bottom.
 *
 * <pre>
 * ====test====
 * What the scenario shows, in one line.
 * ====document:checkout.json====
 * [{"event": "refund", ...}]
 * ====stdin====            (optional) standard input
 * ====command====
 * validate --format json {document:checkout.json}
 * ====status====
 * 1
 * ====stdout====           (absent: nothing printed)
 * ====stderr====           (absent: nothing printed)
 * ====file:reports/report.txt====   (optional) a file the run must write, below {dir}
 * </pre>
 *
 * Documents are written below a fresh folder that is also the run's working directory. In the command,
 * {@code {document:NAME}} is a document's path and {@code {dir}} the folder; arguments split at white space, and
 * single or double quotes keep one together. In what the run prints, the folder's path reads {@code {dir}} and the
 * tool's version {@code {version}}, so expectations do not depend on the machine or the release. A section's text
 * ends with a line break; a final line break of the output is not significant.
 *
 * @param title the {@code test} section
 * @param documents input files by name, in file order
 * @param stdin standard input, empty when absent
 * @param files files the run must write, by name below {@code {dir}}, with their expected contents
 */
record Scenario(
        String title,
        Map<String, String> documents,
        String stdin,
        String command,
        int status,
        String stdout,
        String stderr,
        Map<String, String> files) {

    private static final Pattern MARKER = Pattern.compile("^====([a-z]+)(?::(.+))?====$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(dir|document:([^}]+))}");

    static Scenario parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        int lineNumber = 0;
        // The file's final line break ends its last line; it does not start an empty one.
        String content = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : content.split("\n", -1)) {
            lineNumber++;
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = marker.group(1) + (marker.group(2) == null ? "" : ":" + marker.group(2));
                if (sections.containsKey(current)) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": section " + current + " twice");
                }
                body.setLength(0);
            } else if (current == null) {
                if (!line.isBlank()) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": text before the first section");
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return of(file, sections);
    }

    private static Scenario of(Path file, Map<String, String> sections) {
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (var section : sections.entrySet()) {
            String name = section.getKey();
            if (name.startsWith("document:")) {
                documents.put(name.substring("document:".length()), section.getValue());
            } else if (name.startsWith("file:")) {
                files.put(name.substring("file:".length()), section.getValue());
            } else if (!List.of("test", "stdin", "command", "status", "stdout", "stderr")
                    .contains(name)) {
                throw new IllegalArgumentException(file + ": unknown section ====" + name + "====");
            }
        }
        for (String required : List.of("test", "command", "status")) {
            if (!sections.containsKey(required)) {
                throw new IllegalArgumentException(file + ": the ====" + required + "==== section is missing");
            }
        }
        return new Scenario(
                sections.get("test").strip(),
                documents,
                sections.getOrDefault("stdin", ""),
                sections.get("command").strip(),
                Integer.parseInt(sections.get("status").strip()),
                sections.getOrDefault("stdout", ""),
                sections.getOrDefault("stderr", ""),
                files);
    }

    /** The command's arguments with {@code {dir}} and {@code {document:NAME}} replaced for a run in {@code dir}. */
    List<String> arguments(Path dir) {
        List<String> arguments = new ArrayList<>();
        for (String word : words(command)) {
            Matcher m = PLACEHOLDER.matcher(word);
            StringBuilder replaced = new StringBuilder();
            while (m.find()) {
                String document = m.group(2);
                if (document != null && !documents.containsKey(document)) {
                    throw new IllegalArgumentException("the command names {document:" + document
                            + "}, but the scenario has no ====document:" + document + "==== section");
                }
                Path path = document == null ? dir : dir.resolve(document);
                m.appendReplacement(replaced, Matcher.quoteReplacement(path.toString()));
            }
            m.appendTail(replaced);
            arguments.add(replaced.toString());
        }
        return arguments;
    }

    /** Splits at white space; single or double quotes keep their text as one word (or part of one). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in command: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** This scenario with what a run gave in place of what it expects. */
    Scenario withOutcome(int status, String stdout, String stderr, Map<String, String> files) {
        return new Scenario(title, documents, stdin, command, status, stdout, stderr, files);
    }

    /** The scenario file's text, sections in a fixed order: what {@code -Dscenario.update=true} writes. */
    String render() {
        StringBuilder text = new StringBuilder();
        section(text, "test", title);
        documents.forEach((name, body) -> section(text, "document:" + name, body));
        if (!stdin.isEmpty()) {
            section(text, "stdin", stdin);
        }
        section(text, "command", command);
        section(text, "status", Integer.toString(status));
        if (!stdout.isEmpty()) {
            section(text, "stdout", stdout);
        }
        if (!stderr.isEmpty()) {
            section(text, "stderr", stderr);
        }
        files.forEach((name, body) -> section(text, "file:" + name, body));
        return text.toString();
    }

    private static void section(StringBuilder text, String name, String body) {
        text.append("====").append(name).append("====\n").append(body);
        if (!body.isEmpty() && !body.endsWith("\n")) {
            text.append('\n');
        }
    }
}
