package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The NDJSON reader streams a capture envelope that is one recording in {@code seq} order and holds the others as
 * text; either way it hands on exactly what reading every line into a tree, grouping by {@code recording} and sorting
 * by {@code seq} gives (the reference below, the reader as it was before it streamed envelopes). Problems are compared
 * on their own: a streamed envelope reports them in place, a held one before the pushes held, and the report sorts
 * findings by location either way.
 */
class EnvelopeOrderTest {

    @TempDir
    Path dir;

    private static String line(String recording, long seq, String push) {
        return "{\"recording\":\"" + recording + "\",\"seq\":" + seq
                + ",\"ts\":1,\"url\":\"https://shop/\",\"source\":null,\"via\":\"push\",\"kind\":\"object\",\"push\":"
                + push + "}";
    }

    private static String hit(String recording, long seq) {
        return "{\"recording\":\"" + recording + "\",\"seq\":" + seq
                + ",\"via\":\"network\",\"kind\":\"ga4\",\"hit\":{\"endpoint\":\"https://www.google-analytics.com/g/collect\","
                + "\"params\":{\"en\":\"page_view\",\"tid\":\"G-1\"}}}";
    }

    @Test
    void oneRecordingInOrderIsStreamedAsItWasHeld() throws IOException {
        String text = String.join(
                "\n",
                "{\"event\":\"before\"}",
                line("a", 0, "{\"event\":\"page_view\"}"),
                "",
                "{\"event\":\"between\"}",
                line("a", 1, "{\"ecommerce\":null}"),
                "{broken",
                hit("a", 2),
                line("a", 2, "{\"event\":\"same seq keeps file order\"}"),
                line("a", 7, "[\"event\",\"refund\",{\"value\":1}]"),
                "{\"event\":\"after\"}");
        assertReadsLikeTheReference(text);
        assertThat(order(text)).isEqualTo(NdjsonLines.Order.ONE_RECORDING);
    }

    @Test
    void recordingsOneAfterTheOtherAreStreamedEachAnnounced() throws IOException {
        String text = String.join(
                "\n",
                "{\"event\":\"bare first\"}",
                "{broken before the envelope",
                line("a", 0, "{\"event\":\"a0\"}"),
                line("a", 3, "{\"event\":\"a3\"}"),
                line("b", 0, "{\"event\":\"b0\"}"),
                hit("b", 1),
                line("b", 1, "{\"event\":\"b1\"}"),
                "",
                line("c", 9, "{\"event\":\"c9\"}"));
        assertReadsLikeTheReference(text);
        assertThat(order(text)).isEqualTo(NdjsonLines.Order.RECORDINGS_IN_TURN);
    }

    @Test
    void shuffledAndSeveralRecordingsAreGroupedAndSorted() throws IOException {
        String shuffled = String.join(
                "\n",
                line("a", 2, "{\"event\":\"two\"}"),
                line("a", 0, "{\"event\":\"zero\"}"),
                "{\"event\":\"bare\"}",
                line("a", 1, "{\"event\":\"one\"}"));
        String concatenated = String.join(
                "\n",
                "{\"event\":\"bare first\"}",
                line("a", 0, "{\"event\":\"a0\"}"),
                line("a", 1, "{\"event\":\"a1\"}"),
                "{\"event\":\"bare among\"}",
                line("b", 0, "{\"event\":\"b0\"}"),
                hit("b", 1),
                "not json",
                line("b", 2, "{\"event\":\"b2\"}"));
        String returning = String.join(
                "\n",
                line("a", 0, "{\"event\":\"a0\"}"),
                line("b", 0, "{\"event\":\"b0\"}"),
                line("a", 1, "{\"event\":\"a1\"}"));
        String brokenAmong =
                String.join("\n", line("a", 0, "{\"event\":\"a0\"}"), "{broken", line("b", 0, "{\"event\":\"b0\"}"));
        String interleaved = String.join(
                "\n",
                line("b", 1, "{\"event\":\"b1\"}"),
                line("a", 1, "{\"event\":\"a1\"}"),
                line("b", 0, "{\"event\":\"b0\"}"),
                line("a", 0, "{\"event\":\"a0\"}"));
        for (String text : List.of(shuffled, concatenated, returning, brokenAmong, interleaved)) {
            assertReadsLikeTheReference(text);
            assertThat(order(text)).as(text).isEqualTo(NdjsonLines.Order.HELD);
        }
    }

    @Test
    void linesTheLookAheadCouldMisreadAreHeld() throws IOException {
        List<String> texts = List.of(
                // a repeated key: the last value counts
                line("a", 0, "{}") + "\n" + "{\"recording\":\"a\",\"seq\":5,\"seq\":1,\"push\":{}}\n"
                        + line("a", 3, "{}"),
                line("a", 0, "{}") + "\n" + "{\"recording\":\"b\",\"recording\":\"a\",\"seq\":1,\"push\":{}}",
                line("a", 0, "{}") + "\n" + "{\"recording\":\"b\",\"recording\":2,\"seq\":1,\"push\":{}}",
                // not envelope lines: a recording that is no string, a seq that is no integer, nothing carried
                line("a", 5, "{}") + "\n" + "{\"recording\":7,\"seq\":1,\"push\":{}}\n"
                        + "{\"recording\":\"b\",\"seq\":1.0,\"push\":{}}\n" + "{\"recording\":\"b\",\"seq\":1}\n"
                        + "{\"recording\":\"b\",\"seq\":2,\"push\":null}",
                // lines a tree rejects: trailing content, a bad escape, an unfinished object
                line("a", 0, "{}") + "\n" + line("b", 0, "{}") + " x\n" + line("b", 1, "{\"s\":\"\\q\"}") + "\n"
                        + line("a", 1, "{}"),
                line("a", 0, "{}") + "\n" + "{\"recording\":\"b\",\"seq\":0,\"push\":{\n" + line("a", 1, "{}"),
                // CRLF, a byte-order mark, blank lines
                "\uFEFF" + line("a", 0, "{}") + "\r\n\r\n  " + line("a", 0, "{\"x\":1}") + "\r\n" + line("a", 1, "{}"),
                "\uFEFF" + line("b", 1, "{}") + "\r\n" + line("b", 0, "{}"));
        for (String text : texts) {
            assertReadsLikeTheReference(text);
        }
    }

    @Test
    void randomCapturesReadLikeTheReference() throws IOException {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            int recordings = 1 + random.nextInt(3);
            List<String> lines = new ArrayList<>();
            long[] seqs = new long[recordings];
            for (int i = 0; i < 3 + random.nextInt(25); i++) {
                int kind = random.nextInt(20);
                int r = random.nextInt(recordings);
                String id = String.valueOf((char) ('a' + r));
                if (kind == 0) {
                    lines.add("{\"event\":\"bare " + i + "\"}");
                } else if (kind == 1) {
                    lines.add("{\"event\":");
                } else if (kind == 2) {
                    lines.add(hit(id, seqs[r]++));
                } else if (kind == 3) {
                    lines.add(" ");
                } else {
                    lines.add(line(id, seqs[r], "{\"event\":\"e" + i + "\",\"n\":" + i + "}"));
                    seqs[r] += random.nextInt(3);
                }
            }
            if (random.nextInt(4) == 0) {
                // the recordings one after the other, as concatenated capture files are
                lines.removeIf(line -> !line.startsWith("{\"recording\""));
                lines.sort(Comparator.comparing(line -> line.substring(0, 16)));
            } else if (random.nextInt(3) == 0) {
                Collections.shuffle(lines, random);
            } else if (random.nextInt(3) == 0 && lines.size() > 1) {
                Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            }
            assertReadsLikeTheReference(String.join("\n", lines));
        }
    }

    /**
     * Reads {@code text} as a file, as bytes (standard input) and as text, each with lines parsed in turn and ahead, and
     * compares each with the reference.
     */
    private void assertReadsLikeTheReference(String text) throws IOException {
        HandedOn expected = reference(text);
        Path file = Files.writeString(dir.resolve("rec.ndjson"), text, StandardCharsets.UTF_8);
        for (RecordingSource source : List.of(
                new FileSource(file, "rec.ndjson"),
                new BytesSource("rec.ndjson", text.getBytes(StandardCharsets.UTF_8)),
                RecordingSource.ofText("rec.ndjson", text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            // lines parsed in turn, and parsed "ahead" by an executor that runs each chunk as it is handed over
            for (NdjsonRecordingReader reader :
                    List.of(new NdjsonRecordingReader(), new NdjsonRecordingReader(Runnable::run))) {
                HandedOn read = new HandedOn();
                reader.read(source, read);
                assertThat(read.handedOn).as("%s of%n%s", source, text).containsExactlyElementsOf(expected.handedOn);
                assertThat(read.problems).as("%s of%n%s", source, text).containsExactlyElementsOf(expected.problems);
            }
        }
    }

    /** The order the look ahead finds the envelope lines of {@code text} in, from its first envelope line. */
    private static NdjsonLines.Order order(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                if (CaptureEnvelope.isEnvelope(Json.MAPPER.readTree(lines[i]))) {
                    return EnvelopeScan.order(RecordingSource.ofText("rec.ndjson", text), i + 1);
                }
            } catch (JacksonException broken) {
                // not an envelope line
            }
        }
        return NdjsonLines.Order.HELD;
    }

    /**
     * The documented reading, done the plain way: every line into a tree, the lines from the first envelope line on
     * held, then grouped by recording and sorted by {@code seq} (lines end at LF, a CR before it and a leading
     * byte-order mark dropped).
     */
    private static HandedOn reference(String text) {
        Reference reference = new Reference();
        List<Held> held = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean content = false;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            int column = NdjsonLines.firstNonBlank(line);
            if (column < 0) {
                continue;
            }
            content = true;
            SourceLocation at = new SourceLocation("rec.ndjson", i + 1, column + 1);
            JsonNode tree;
            try {
                tree = Json.MAPPER.readTree(line);
            } catch (JacksonException e) {
                reference.events.problem(JsonProblems.of("rec.ndjson", e, i, at));
                continue;
            }
            Held read = new Held(at, line, tree, CaptureEnvelope.isEnvelope(tree));
            if (!read.envelope() && held.isEmpty()) {
                reference.emit(read);
            } else {
                held.add(read);
            }
        }
        Map<String, List<Held>> recordings = held.stream()
                .filter(Held::envelope)
                .collect(Collectors.groupingBy(
                        h -> h.tree().get(CaptureEnvelope.RECORDING).asString(),
                        LinkedHashMap::new,
                        Collectors.toCollection(ArrayList::new)));
        recordings
                .values()
                .forEach(list -> list.sort(Comparator.comparingLong(
                        h -> h.tree().get(CaptureEnvelope.SEQ).asLong())));
        if (recordings.size() <= 1) {
            Iterator<Held> inSeq = recordings.isEmpty()
                    ? Collections.emptyIterator()
                    : recordings.values().iterator().next().iterator();
            for (Held line : held) {
                reference.emit(line.envelope() ? inSeq.next() : line);
            }
        } else {
            held.stream().filter(h -> !h.envelope()).forEach(reference::emit);
            for (Map.Entry<String, List<Held>> recording : recordings.entrySet()) {
                reference.events.recording(recording.getKey());
                reference.index = 0;
                recording.getValue().forEach(reference::emit);
            }
        }
        if (!content) {
            reference.events.problem(
                    InputRules.EMPTY,
                    "file is empty: expected one JSON push per line",
                    SourceLocation.of("rec.ndjson"));
        }
        return reference.events;
    }

    private record Held(SourceLocation at, String text, JsonNode tree, boolean envelope) {}

    /** Hands lines on as pushes and hits, numbering the pushes. */
    private static final class Reference {
        final HandedOn events = new HandedOn();
        int index;

        void emit(Held line) {
            if (!line.envelope()) {
                SourceLocation lineStart =
                        new SourceLocation("rec.ndjson", line.at().line(), 1);
                events.push(Push.fromJson(
                        index++,
                        line.tree(),
                        line.at(),
                        pointer -> JsonFieldFinder.find(new StringReader(line.text()), lineStart, pointer)));
            } else if (CaptureEnvelope.holdsPush(line.tree())) {
                events.push(CaptureEnvelope.toPush(index++, line.tree(), line.at()));
            } else {
                events.hit(line.tree().get(CaptureEnvelope.HIT), CaptureEnvelope.sourceOf(line.tree(), line.at()));
                for (Push hit : CaptureEnvelope.toHits(index, line.tree(), line.at())) {
                    events.push(hit);
                    index++;
                }
            }
        }
    }
}
